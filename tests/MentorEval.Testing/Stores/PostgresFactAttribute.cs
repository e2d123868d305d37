using Xunit;

namespace MentorEval.Testing.Stores;

/// <summary>A test of PostgreSQL alone; skipped, with the reason, when there is no server to run it on.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.Unavailable;
}
