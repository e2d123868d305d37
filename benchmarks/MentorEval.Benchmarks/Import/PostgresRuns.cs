using MentorEval.Import.Roster;
using MentorEval.Storage.Database;
using MentorEval.Storage.Roster;
using Npgsql;

namespace MentorEval.Benchmarks.Import;

/// <summary>
/// The import benchmark's databases on a PostgreSQL server (--postgres CONNSTRING): a template database holding the
/// roster (or nothing), built once through the real roster path and kept on the server, and for every run a fresh copy
/// of it (CREATE DATABASE … TEMPLATE), dropped afterwards unless --keep.
/// </summary>
internal static class PostgresRuns
{
    public static string TemplateName(bool roster, int pairs) => roster ? $"mentoreval_bench_roster_{pairs}" : "mentoreval_bench_empty";

    public static async Task PrepareAsync(string server, string template, string? rosterFile)
    {
        if (await ExistsAsync(server, template)) return;
        var building = $"{template}_building_{Environment.ProcessId}";
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {building}");
        var location = new StoreLocation(At(server, building));
        await using (var db = await Store.OpenAsync(location))
        {
            if (rosterFile is not null)
            {
                var entries = RosterReader.Read(rosterFile);
                if (!entries.IsValid) throw new InvalidOperationException(string.Join(Environment.NewLine, entries.Problems.Take(5)));
                await RosterStore.ApplyAsync(db, entries.Entries, DateTimeOffset.UnixEpoch, dryRun: false);
            }
        }

        // A template may have no sessions: the pooled ones are closed first. Renamed only once complete.
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"VACUUM ANALYZE", building);
        await ExecuteAsync(server, $"ALTER DATABASE {building} RENAME TO {template}");
    }

    /// <summary>A fresh copy of the template for one run; returns the connection string given to --db.</summary>
    public static async Task<string> FreshAsync(string server, string template, string name)
    {
        await DropAsync(server, name);
        await ExecuteAsync(server, $"CREATE DATABASE {name} TEMPLATE {template}");
        return At(server, name);
    }

    public static async Task<long> SizeAsync(string server, string name)
    {
        await using var connection = await OpenAsync(server);
        await using var size = new NpgsqlCommand("SELECT pg_database_size($1)", connection) { Parameters = { new() { Value = name } } };
        return (long)(await size.ExecuteScalarAsync())!;
    }

    public static Task DropAsync(string server, string name) => ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    private static string At(string server, string database) => new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static async Task<bool> ExistsAsync(string server, string name)
    {
        await using var connection = await OpenAsync(server);
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        return (long)(await exists.ExecuteScalarAsync())! > 0;
    }

    private static async Task ExecuteAsync(string server, string sql, string? database = null)
    {
        await using var connection = await OpenAsync(database is null ? server : At(server, database));
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
