using MentorEval.Storage.Database;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Npgsql;

namespace MentorEval.Storage.Tests.Database;

/// <summary>A PostgreSQL connection string given with --db: every way it can fail says what to fix.</summary>
public sealed class PostgresStoreTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Database=program;Username=leader", "Could not reach the PostgreSQL server at 127.0.0.1:1", "Check Host and Port")]
    [InlineData("Host=127.0.0.1;Database=program;Usernme=leader", "is not a PostgreSQL connection string MentorEval can read", "Username=USER")]
    [InlineData("Host=127.0.0.1;Username=leader", "names no database", "add Database=NAME")]
    public async Task A_connection_string_that_cannot_work_gives_a_clear_error(string connection, params string[] message)
    {
        var error = await Should.ThrowAsync<StoreException>(() => Store.OpenAsync(new StoreLocation(connection)));

        foreach (var part in message) error.Message.ShouldContain(part);
    }

    [Theory]
    [InlineData("Host=db.example.org;Database=program;Username=leader;Password=s3cret")]
    [InlineData("Host=db.example.org;Database=program;Username=leader; pwd = s3cret")]
    [InlineData("PSW=s3cret;Host=db.example.org;Database=program;Username=leader")]
    public void The_password_is_never_shown(string connection)
    {
        var shown = new StoreLocation(connection).Display;

        shown.ShouldNotContain("s3cret");
        shown.ShouldContain("Database=program;Username=leader");
    }

    [PostgresFact]
    public async Task A_user_who_may_not_create_the_database_is_told_what_to_ask_the_administrator()
    {
        await using var store = new TestStore(StoreKind.PostgreSql);
        var user = "leader_" + Guid.NewGuid().ToString("N")[..12];
        await Server($"CREATE ROLE {user} LOGIN NOCREATEDB");
        try
        {
            var location = new StoreLocation(new NpgsqlConnectionStringBuilder(store.Location.Value) { Username = user }.ConnectionString);

            var error = await Should.ThrowAsync<StoreException>(() => Store.OpenAsync(location));

            error.Message.ShouldContain($"and user \"{user}\" may not create it");
            error.Message.ShouldContain("CREATE DATABASE");
        }
        finally
        {
            await Server($"DROP ROLE {user}");
        }
    }

    private static async Task Server(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
