using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Database;

/// <summary>
/// Opens the program's database, creating it and applying pending migrations on first use: a SQLite file, or a
/// database on a PostgreSQL server when the location is a connection string. Both go the same way; only what
/// <see cref="StoreProvider"/> describes differs.
/// </summary>
public static class Store
{
    public static async Task<MentorEvalDb> OpenAsync(StoreLocation location, CancellationToken cancel = default)
    {
        StoreProvider provider = location.IsServer ? new PostgresStore(location) : new SqliteStore(location);
        var db = provider.CreateContext();
        try
        {
            // What the database holds is read before anything is written, so a database MentorEval must not use stays
            // untouched. Migrating checks the model against the migrations' snapshot even when nothing is pending, which
            // is most of the start-up of a command (docs/performance.md); so it runs only when a migration is pending.
            // (On PostgreSQL, migrating also creates the database when it does not exist yet.)
            var existing = await provider.ReadExistingAsync(cancel);
            if (existing.PendingMigrations(db.Database.GetMigrations().ToList(), location.Display).Count > 0) await db.Database.MigrateAsync(cancel);
            return db;
        }
        catch (Exception e) when (provider.Explain(e) is { } message)
        {
            await db.DisposeAsync();
            throw new StoreException(message);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
