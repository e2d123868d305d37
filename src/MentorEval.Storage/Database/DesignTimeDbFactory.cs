using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MentorEval.Storage.Database;

/// <summary>Lets `dotnet ef migrations add --context MentorEvalDb` build the SQLite model without running the CLI.</summary>
internal sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<MentorEvalDb>
{
    public MentorEvalDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MentorEvalDb>().UseSqlite("Data Source=design-time.db").Options);
}
