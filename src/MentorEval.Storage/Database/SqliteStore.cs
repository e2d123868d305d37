using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Database;

/// <summary>A SQLite file (see <see cref="StoreProvider"/>): created on first use, in a folder that must exist.</summary>
internal sealed class SqliteStore : StoreProvider
{
    // SQLite's code for a file that is not a database at all.
    private const int NotADatabase = 26;

    private readonly StoreLocation location;

    public SqliteStore(StoreLocation location)
    {
        var folder = Path.GetDirectoryName(location.Value);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            throw new StoreException($"The folder \"{folder}\" for the database does not exist. Create it, or give another path with --db.");
        this.location = location;
    }

    public override MentorEvalDb CreateContext() =>
        new(new DbContextOptionsBuilder<MentorEvalDb>().UseSqlite(ConnectionString(SqliteOpenMode.ReadWriteCreate)).Options);

    public override async Task<ExistingDatabase> ReadExistingAsync(CancellationToken cancel)
    {
        if (!File.Exists(location.Value)) return ExistingDatabase.None;
        // Read-write without create: a read-only connection could not roll back a journal an interrupted import left.
        await using var connection = new SqliteConnection(ConnectionString(SqliteOpenMode.ReadWrite));
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

    public override string? Explain(Exception error) => error is SqliteException e
        ? $"\"{location.Display}\" could not be opened as a MentorEval database: {e.Message}. Is it a MentorEval database file, and can you write to it?"
        : null;

    private string ConnectionString(SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = location.Value,
        Mode = mode,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

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
