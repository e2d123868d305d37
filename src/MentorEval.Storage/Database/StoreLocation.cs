namespace MentorEval.Storage.Database;

/// <summary>
/// Where the program's database lives: a SQLite file path (the default, zero setup) or a PostgreSQL server, given as a
/// connection string (<c>Host=…;Database=…</c>) or a URL (<c>postgres://…</c>).
/// Chosen from --db, then MENTOREVAL_DB, then ./mentoreval.db.
/// </summary>
public sealed record StoreLocation(string Value)
{
    public const string DefaultFile = "mentoreval.db";

    /// <param name="option">--db as given, or null when it was left out.</param>
    /// <param name="environment">MENTOREVAL_DB, or null when it is not set.</param>
    public static StoreLocation Resolve(string? option, string? environment, string workingDirectory)
    {
        // An empty value is a mistake (an unset shell variable, a stray quote), never a request for the default file.
        if (option is not null && string.IsNullOrWhiteSpace(option))
            throw new StoreException("--db is empty. Give the database's file path or PostgreSQL connection string, or leave --db out to use MENTOREVAL_DB or ./mentoreval.db.");
        if (option is null && environment is not null && string.IsNullOrWhiteSpace(environment))
            throw new StoreException("MENTOREVAL_DB is set but empty. Set it to the database's file path or PostgreSQL connection string, or unset it to use ./mentoreval.db.");
        var given = option ?? environment;
        if (given is null) return new StoreLocation(Path.Combine(workingDirectory, DefaultFile));
        return IsServerConnection(given) ? new StoreLocation(given) : new StoreLocation(Path.GetFullPath(given, workingDirectory));
    }

    public bool IsServer => IsServerConnection(Value);

    /// <summary>What to show a user: the file path, or the connection string or URL without its password.</summary>
    public string Display =>
        !IsServer ? Value
        : PostgresUrl.Is(Value) ? PostgresUrl.WithoutPassword(Value)
        : string.Join(';', Value.Split(';').Where(part => !IsPassword(part)));

    // Npgsql takes the password under any of these names.
    private static bool IsPassword(string part) =>
        part.Split('=', 2)[0].Trim().ToLowerInvariant() is "password" or "pwd" or "psw";

    private static bool IsServerConnection(string value) =>
        value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || PostgresUrl.Is(value);
}
