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
            // Migrating checks the model against the migrations' snapshot even when nothing is pending, which is most of
            // the start-up of a command (docs/performance.md); listing what is pending only reads the history table.
            if ((await db.Database.GetPendingMigrationsAsync(cancel)).Any()) await db.Database.MigrateAsync(cancel);
        }
        catch (SqliteException e)
        {
            await db.DisposeAsync();
            throw new StoreException($"\"{location.Display}\" could not be opened as a MentorEval database: {e.Message}. Is it a MentorEval database file, and can you write to it?");
        }

        return db;
    }
}
