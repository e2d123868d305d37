using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Database;

/// <summary>Opens the program's database, creating it and applying pending migrations on first use.</summary>
public static class Store
{
    public static async Task<MentorEvalDb> OpenAsync(StoreLocation location, CancellationToken cancel = default)
    {
        if (location.IsServer)
            throw new StoreException($"The database \"{location.Display}\" is a server connection string; this build stores data in SQLite files only. Give a file path with --db.");

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
