using System.Data.Common;
using System.Globalization;
using MentorEval.Testing.Stores;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MentorEval.Cli.Tests.Support;

/// <summary>
/// Every row of every table of a database, read straight from SQLite or PostgreSQL: proves that an operation changed
/// nothing, or only added rows, without trusting the code under test to say so.
/// </summary>
public sealed class DatabaseSnapshot
{
    private readonly SortedDictionary<string, List<string>> tables;

    private DatabaseSnapshot(SortedDictionary<string, List<string>> tables) => this.tables = tables;

    public IReadOnlyDictionary<string, int> RowCounts => tables.ToDictionary(t => t.Key, t => t.Value.Count);

    public static async Task<DatabaseSnapshot> TakeAsync(TestDatabase database)
    {
        await using DbConnection db = database.Kind == StoreKind.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.Value, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString())
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.Value) { Pooling = false }.ConnectionString);
        await db.OpenAsync();
        var names = database.Kind == StoreKind.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        // Every table's first column is its key (Id, or MigrationId for the migrations' history): rows in the order added.
        foreach (var name in await ReadAsync(db, names))
            tables[name] = await ReadAsync(db, $"SELECT * FROM \"{name}\" ORDER BY 1");
        return new DatabaseSnapshot(tables);
    }

    /// <summary>How many rows each table gained since <paramref name="before"/> (tables that gained none are left out);
    /// fails if a table appeared or went, or a row that was there changed or went.</summary>
    public IReadOnlyDictionary<string, int> RowsAddedSince(DatabaseSnapshot before)
    {
        tables.Keys.ShouldBe(before.tables.Keys, "the database's tables changed");
        var added = new Dictionary<string, int>();
        foreach (var (name, rows) in tables)
        {
            var earlier = before.tables[name];
            rows.Take(earlier.Count).ShouldBe(earlier, $"rows that were in {name} before changed or went");
            if (rows.Count > earlier.Count) added[name] = rows.Count - earlier.Count;
        }

        return added;
    }

    private static async Task<List<string>> ReadAsync(DbConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        var cells = new string[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetValue(i) switch
                {
                    DBNull => "NULL",
                    byte[] blob => Convert.ToHexString(blob),
                    DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
                    var value => Convert.ToString(value, CultureInfo.InvariantCulture)!,
                };
            }

            rows.Add(string.Join(" | ", cells));
        }

        return rows;
    }
}
