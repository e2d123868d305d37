using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorEval.Storage.Database;

/// <summary>
/// A database on a PostgreSQL server, named by a connection string (see <see cref="StoreProvider"/>). On first use the
/// database is created (when the user may create databases) and migrated; every way the server can refuse becomes a
/// message that says what to fix.
/// </summary>
internal sealed class PostgresStore(StoreLocation location) : StoreProvider
{
    private readonly NpgsqlConnectionStringBuilder connection = ConnectionString(location);

    public override MentorEvalDb CreateContext() =>
        new PostgresMentorEvalDb(new DbContextOptionsBuilder<PostgresMentorEvalDb>().UseNpgsql(connection.ConnectionString).Options);

    public override string? Explain(Exception error) => error is NpgsqlException or TimeoutException ? Explain(error, connection) : null;

    public override async Task<ExistingDatabase> ReadExistingAsync(CancellationToken cancel)
    {
        await using var session = new NpgsqlConnection(connection.ConnectionString);
        try
        {
            await session.OpenAsync(cancel);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return ExistingDatabase.None;
        }

        // Every table and view outside the server's own schemas, named as a user would write it (public's unqualified).
        var tables = await ReadColumnAsync(session, """
            SELECT CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
            ORDER BY 1
            """, cancel);
        var applied = tables.Contains(ExistingDatabase.HistoryTable)
            ? await ReadColumnAsync(session, $"SELECT \"MigrationId\" FROM public.\"{ExistingDatabase.HistoryTable}\" ORDER BY 1", cancel)
            : [];
        return new ExistingDatabase(tables, applied);
    }

    private static async Task<List<string>> ReadColumnAsync(NpgsqlConnection session, string sql, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand(sql, session);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var values = new List<string>();
        while (await reader.ReadAsync(cancel)) values.Add(reader.GetString(0));
        return values;
    }

    private static NpgsqlConnectionStringBuilder ConnectionString(StoreLocation location)
    {
        NpgsqlConnectionStringBuilder connection;
        try
        {
            connection = PostgresUrl.Is(location.Value) ? PostgresUrl.Read(location.Value) : new NpgsqlConnectionStringBuilder(location.Value);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new StoreException($"\"{location.Display}\" is not a PostgreSQL connection string MentorEval can read ({e.Message}). " +
                                     "Write it as Host=HOST;Port=5432;Database=NAME;Username=USER;Password=PASSWORD.");
        }

        if (string.IsNullOrWhiteSpace(connection.Host))
            throw new StoreException($"The connection string \"{location.Display}\" names no server: add Host=HOST (and Port=PORT if it is not 5432).");
        if (string.IsNullOrWhiteSpace(connection.Database))
            throw new StoreException($"The connection string \"{location.Display}\" names no database: add Database=NAME (MentorEval creates it on first use if you may create databases).");
        // Shown in the server's list of sessions, so an administrator can tell MentorEval's apart.
        connection.ApplicationName ??= "mentoreval";
        return connection;
    }

    private static string Explain(Exception error, NpgsqlConnectionStringBuilder connection)
    {
        var server = $"the PostgreSQL server at {connection.Host}:{connection.Port}";
        var user = connection.Username ?? Environment.UserName;
        return error switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword } =>
                $"{Capitalised(server)} refused the password of user \"{user}\". Check Username and Password in the connection string.",
            PostgresException { SqlState: PostgresErrorCodes.InvalidAuthorizationSpecification } e =>
                $"{Capitalised(server)} does not let user \"{user}\" connect to \"{connection.Database}\": {e.MessageText}. Check Username, or ask the server's administrator to allow it (pg_hba.conf).",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } e when e.MessageText.Contains("create database", StringComparison.OrdinalIgnoreCase) =>
                $"The database \"{connection.Database}\" does not exist on {server}, and user \"{user}\" may not create it. " +
                $"Ask the administrator to create it (CREATE DATABASE \"{connection.Database}\" OWNER \"{user}\";) or to grant CREATEDB, then run again.",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } e =>
                $"User \"{user}\" lacks a permission MentorEval needs in the database \"{connection.Database}\" on {server}: {e.MessageText}. " +
                $"Ask the administrator to make the user the database's owner (ALTER DATABASE \"{connection.Database}\" OWNER TO \"{user}\";).",
            PostgresException e =>
                $"The database \"{connection.Database}\" on {server} could not be opened as a MentorEval database: {e.MessageText} (SQLSTATE {e.SqlState}).",
            _ when Unreachable(error) is { } reason =>
                $"Could not reach {server}: {reason}. Is the server running and listening there? Check Host and Port in the connection string.",
            _ => $"The database \"{connection.Database}\" on {server} could not be opened: {error.Message}",
        };
    }

    /// <summary>Why the server could not be reached at all, or null when it was reached.</summary>
    private static string? Unreachable(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket) return socket.Message;
            if (e is TimeoutException) return "no answer before the connection timed out";
        }

        return null;
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
