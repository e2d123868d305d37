using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MentorEval.Storage.Database;

/// <summary>Lets `dotnet ef migrations add --context PostgresMentorEvalDb` build the PostgreSQL model; it connects to nothing.</summary>
internal sealed class PostgresDesignTimeDbFactory : IDesignTimeDbContextFactory<PostgresMentorEvalDb>
{
    public PostgresMentorEvalDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMentorEvalDb>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
