using MentorEval.Storage.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MentorEval.Testing.Stores;

/// <summary>
/// A database of its own for one test, not yet created: a SQLite file in the test's folder, or a database with a unique
/// name on the test server, which MentorEval creates on first use (as a user's would be) and this drops afterwards.
/// Tests can therefore run in parallel on one server.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(StoreKind kind, StoreLocation location)
    {
        Kind = kind;
        Location = location;
    }

    public StoreKind Kind { get; }

    public StoreLocation Location { get; }

    /// <summary>What a user gives with --db: the file's path or the connection string.</summary>
    public string Value => Location.Value;

    /// <param name="folder">Where a SQLite file goes (the test deletes the folder).</param>
    public static TestDatabase Create(StoreKind kind, string folder) => kind switch
    {
        StoreKind.Sqlite => new TestDatabase(kind, new StoreLocation(Path.Combine(folder, "program.db"))),
        _ => new TestDatabase(kind, new StoreLocation(new NpgsqlConnectionStringBuilder(Server())
        {
            Database = "mentoreval_test_" + Guid.NewGuid().ToString("N"),
        }.ConnectionString)),
    };

    public Task<MentorEvalDb> OpenAsync() => Store.OpenAsync(Location);

    public void Dispose()
    {
        if (Kind == StoreKind.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        // The test's pooled connections first, so the database has no sessions left to refuse the drop over.
        using (var own = new NpgsqlConnection(Value)) NpgsqlConnection.ClearPool(own);
        using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server()) { Pooling = false }.ConnectionString);
        server.Open();
        using var drop = server.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(Value).Database}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }

    private static string Server() =>
        PostgresServer.ConnectionString ?? throw new InvalidOperationException(PostgresServer.Unavailable);
}
