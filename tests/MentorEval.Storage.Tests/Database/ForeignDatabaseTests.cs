using System.Data.Common;
using MentorEval.Storage.Database;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MentorEval.Storage.Tests.Database;

/// <summary>
/// MentorEval writes only into a database that is empty or its own: another application's database, one set up by a
/// newer MentorEval, or a file that is no database at all is refused before anything is written to it.
/// </summary>
public sealed class ForeignDatabaseTests
{
    private const string FutureMigration = "29991231235959_FromANewerMentorEval";

    [StoreTheory]
    public async Task A_database_holding_another_applications_tables_is_refused_and_left_as_it_was(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        // "pairs" is also one of MentorEval's tables: today's first migration stops half way over it.
        await ExecuteAsync(store, """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);
            CREATE TABLE pairs (id INTEGER PRIMARY KEY, left_side TEXT);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, customer INTEGER);
            INSERT INTO customers (id, name) VALUES (1, 'Ada');
            """);
        var before = await ContentsAsync(store);

        var error = await Should.ThrowAsync<StoreException>(() => store.OpenAsync());

        error.Message.ShouldBe($"\"{store.Location.Display}\" is not a MentorEval database: it already holds tables customers, orders, pairs from another application. " +
                               "Nothing was written to it; choose another --db path (a new file, or an empty database).");
        (await ContentsAsync(store)).ShouldBe(before);
    }

    [StoreTheory]
    public async Task A_database_another_applications_migrations_made_is_refused(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await ExecuteAsync(store, """
            CREATE TABLE "__EFMigrationsHistory" ("MigrationId" VARCHAR(150) PRIMARY KEY, "ProductVersion" VARCHAR(32) NOT NULL);
            INSERT INTO "__EFMigrationsHistory" VALUES ('20240101000000_ShopSchema', '8.0.0');
            CREATE TABLE products (id INTEGER PRIMARY KEY);
            """);
        var before = await ContentsAsync(store);

        var error = await Should.ThrowAsync<StoreException>(() => store.OpenAsync());

        error.Message.ShouldContain("is not a MentorEval database: it already holds table products from another application");
        (await ContentsAsync(store)).ShouldBe(before);
    }

    [StoreTheory]
    public async Task A_database_set_up_by_a_newer_MentorEval_is_refused_with_a_message_to_upgrade(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await (await store.OpenAsync()).DisposeAsync();
        await ExecuteAsync(store, $"""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('{FutureMigration}', '99.0.0')""");
        var before = await ContentsAsync(store);

        var error = await Should.ThrowAsync<StoreException>(() => store.OpenAsync());

        error.Message.ShouldBe($"\"{store.Location.Display}\" was set up by a newer MentorEval: this version does not know its migration {FutureMigration}. " +
                               "Nothing was written to it; upgrade MentorEval to use this database.");
        (await ContentsAsync(store)).ShouldBe(before);
    }

    [StoreTheory]
    public async Task An_empty_database_that_already_exists_becomes_a_MentorEval_database(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await ExecuteAsync(store, "SELECT 1");

        await using var db = await store.OpenAsync();

        (await store.SnapshotAsync()).ShouldBe("cohorts=0 participants=0 pairs=0 waves=0 versions=0 batches=0 responses=0");
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_unchanged()
    {
        await using var store = new TestStore(StoreKind.Sqlite);
        var csv = "pair_id,respondent_id,q1\nP1,M1,4\n"u8.ToArray();
        await File.WriteAllBytesAsync(store.Location.Value, csv);

        var error = await Should.ThrowAsync<StoreException>(() => store.OpenAsync());

        error.Message.ShouldBe($"\"{store.Location.Display}\" could not be opened as a MentorEval database: it is not a database file (SQLite cannot read it). " +
                               "Nothing was written to it; check the --db path (a new path makes a new database).");
        (await File.ReadAllBytesAsync(store.Location.Value)).ShouldBe(csv);
        Directory.GetFiles(Path.GetDirectoryName(store.Location.Value)!).ShouldBe([store.Location.Value]);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("\t", "elsewhere.db")]
    public void An_empty_db_option_is_an_error_not_the_default_file(string option, string? environment)
    {
        var error = Should.Throw<StoreException>(() => StoreLocation.Resolve(option, environment, "/work"));

        error.Message.ShouldStartWith("--db is empty.");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_empty_MENTOREVAL_DB_is_an_error_not_the_default_file(string environment)
    {
        var error = Should.Throw<StoreException>(() => StoreLocation.Resolve(null, environment, "/work"));

        error.Message.ShouldStartWith("MENTOREVAL_DB is set but empty.");
    }

    [Fact]
    public void Without_db_or_MENTOREVAL_DB_the_database_is_mentoreval_db_in_the_working_folder() =>
        StoreLocation.Resolve(null, null, "/work").Value.ShouldBe(Path.Combine("/work", "mentoreval.db"));

    /// <summary>
    /// Runs SQL on the store's database as another program would: the SQLite file is created, and the PostgreSQL
    /// database created on the server (empty) if it does not exist yet.
    /// </summary>
    private static async Task ExecuteAsync(TestStore store, string sql)
    {
        if (store.Kind == StoreKind.PostgreSql) await CreatePostgresDatabaseAsync(store);
        await using var connection = Connect(store);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The exact bytes of the SQLite file; on PostgreSQL every table's name and rows.</summary>
    private static async Task<string> ContentsAsync(TestStore store)
    {
        if (store.Kind == StoreKind.Sqlite) return Convert.ToHexString(await File.ReadAllBytesAsync(store.Location.Value));

        await using var connection = Connect(store);
        await connection.OpenAsync();
        var tables = await ReadAsync(connection, """
            SELECT table_schema || '.' || table_name FROM information_schema.tables
            WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1
            """);
        var contents = new List<string>();
        foreach (var table in tables)
        {
            var parts = table.Split('.', 2);
            contents.Add(table + ": " + string.Join(" / ", await ReadAsync(connection, $"SELECT CAST(t AS text) FROM \"{parts[0]}\".\"{parts[1]}\" t ORDER BY 1")));
        }

        return string.Join("\n", contents);
    }

    private static DbConnection Connect(TestStore store) => store.Kind == StoreKind.Sqlite
        ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store.Location.Value, Pooling = false }.ToString())
        : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.Location.Value) { Pooling = false }.ConnectionString);

    private static async Task CreatePostgresDatabaseAsync(TestStore store)
    {
        var name = new NpgsqlConnectionStringBuilder(store.Location.Value).Database!;
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Pooling = false }.ConnectionString);
        await server.OpenAsync();
        if (await ReadAsync(server, $"SELECT datname FROM pg_database WHERE datname = '{name}'") is { Count: > 0 }) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
        await create.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
