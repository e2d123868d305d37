namespace MentorEval.Testing.Stores;

/// <summary>
/// The PostgreSQL server the tests run against: MENTOREVAL_TEST_POSTGRES holds a connection string to it (to a database
/// the user may connect to, such as "postgres"); the user must be allowed to create databases. `bash .ci/run` starts a
/// throwaway server and sets it, or sets MENTOREVAL_TEST_POSTGRES_UNAVAILABLE to the reason it could not.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "MENTOREVAL_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why the PostgreSQL tests are skipped, or null when there is a server to run them on.</summary>
    public static string? Unavailable =>
        ConnectionString is not null ? null
        : Environment.GetEnvironmentVariable(Variable + "_UNAVAILABLE") is { Length: > 0 } reason ? $"No PostgreSQL server for the tests: {reason}."
        : $"No PostgreSQL server for the tests: set {Variable} to a connection string (bash .ci/run starts a throwaway server and sets it).";
}
