using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Database;

/// <summary>
/// Opens the program's database, creating it and applying pending migrations on first use: a SQLite file, or a
/// database on a PostgreSQL server when the location is a connection string.
/// </summary>
public static class Store
{
    public static Task<MentorEvalDb> OpenAsync(StoreLocation location, CancellationToken cancel = default) =>
        location.IsServer ? PostgresStore.OpenAsync(location, cancel) : OpenFileAsync(location, cancel);

    private static async Task<MentorEvalDb> OpenFileAsync(StoreLocation location, CancellationToken cancel)
    {
        var folder = Path.GetDirectoryName(location.Value);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            throw new StoreException($"The folder \"{folder}\" for the database does not exist. Create it, or give another path with --db.");

        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = location.Value,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        var db = new MentorEvalDb(new DbContextOptionsBuilder<MentorEvalDb>().UseSqlite(connection).Options);
        try
        {
            // What the file holds is read before anything is written, so a file MentorEval must not use stays untouched.
            // Migrating checks the model against the migrations' snapshot even when nothing is pending, which is most of
            // the start-up of a command (docs/performance.md); so it runs only when a migration is pending.
            var existing = File.Exists(location.Value) ? await ReadFileAsync(location, cancel) : ExistingDatabase.None;
            if (existing.PendingMigrations(db.Database.GetMigrations().ToList(), location.Display).Count > 0) await db.Database.MigrateAsync(cancel);
        }
        catch (SqliteException e)
        {
            await db.DisposeAsync();
            throw new StoreException($"\"{location.Display}\" could not be opened as a MentorEval database: {e.Message}. Is it a MentorEval database file, and can you write to it?");
        }
        catch (StoreException)
        {
            await db.DisposeAsync();
            throw;
        }

        return db;
    }

    // SQLite's code for a file that is not a database at all.
    private const int NotADatabase = 26;

    private static async Task<ExistingDatabase> ReadFileAsync(StoreLocation location, CancellationToken cancel)
    {
        // Read-write without create: a read-only connection could not roll back a journal an interrupted import left.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = location.Value,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancel);
            var tables = await ReadColumnAsync(connection,
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", cancel);
            var applied = tables.Contains(ExistingDatabase.HistoryTable)
                ? await ReadColumnAsync(connection, $"SELECT \"MigrationId\" FROM \"{ExistingDatabase.HistoryTable}\" ORDER BY 1", cancel)
                : [];
            return new ExistingDatabase(tables, applied);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == NotADatabase)
        {
            throw new StoreException($"\"{location.Display}\" could not be opened as a MentorEval database: it is not a database file (SQLite cannot read it). " +
                                     "Nothing was written to it; check the --db path (a new path makes a new database).");
        }
    }

    private static async Task<List<string>> ReadColumnAsync(SqliteConnection connection, string sql, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var values = new List<string>();
        while (await reader.ReadAsync(cancel)) values.Add(reader.GetString(0));
        return values;
    }
}
