using MentorEval.Storage.Database;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorEval.Storage.Tests.Database;

/// <summary>A PostgreSQL URL (postgres://…), as hosting services hand them out, works wherever a connection string does.</summary>
public sealed class PostgresUrlTests
{
    [Theory]
    [InlineData("postgres://leader:s3cr%40t@db.example.org:6543/program?sslmode=require", "db.example.org", 6543, "leader", "s3cr@t", "program", SslMode.Require)]
    [InlineData("postgresql://localhost/program", "localhost", 5432, null, null, "program", SslMode.Prefer)]
    [InlineData("postgresql://localhost/program?user=leader&password=s3cret", "localhost", 5432, "leader", "s3cret", "program", SslMode.Prefer)]
    [InlineData("POSTGRES://leader@[::1]:5433/program?sslmode=verify-full&application_name=nightly", "::1", 5433, "leader", null, "program", SslMode.VerifyFull)]
    public void A_URL_gives_the_same_settings_a_connection_string_would(string url, string host, int port, string? user, string? password,
        string database, SslMode ssl)
    {
        var read = PostgresUrl.Read(url);

        read.Host.ShouldBe(host);
        read.Port.ShouldBe(port);
        read.Username.ShouldBe(user);
        read.Password.ShouldBe(password);
        read.Database.ShouldBe(database);
        read.SslMode.ShouldBe(ssl);
    }

    [Fact]
    public void A_URL_names_a_server_not_a_file_and_is_shown_without_its_password()
    {
        var location = StoreLocation.Resolve(null, "postgres://leader:s3cret@db.example.org/program", "/work");

        location.IsServer.ShouldBeTrue();
        location.Value.ShouldBe("postgres://leader:s3cret@db.example.org/program");
        location.Display.ShouldBe("postgres://leader@db.example.org/program");
    }

    [Theory]
    [InlineData("postgres://db.example.org/program?password=s3cret", "postgres://db.example.org/program")]
    [InlineData("postgres://db.example.org/program?user=leader&password=s3cret&sslmode=require", "postgres://db.example.org/program?user=leader&sslmode=require")]
    [InlineData("postgres://db.example.org/program?user=leader&PASSWORD=s3cret", "postgres://db.example.org/program?user=leader")]
    public void A_password_given_as_a_setting_is_not_shown_either(string url, string shown) =>
        StoreLocation.Resolve(url, null, "/work").Display.ShouldBe(shown);

    [Fact]
    public void A_file_whose_name_starts_with_postgres_is_still_a_file() =>
        StoreLocation.Resolve("postgres-data/mentoreval.db", null, "/work").IsServer.ShouldBeFalse();

    [Theory]
    [InlineData("postgres://leader:s3cret@/program", "is not a PostgreSQL URL MentorEval can read", "postgres://USER:PASSWORD@HOST:PORT/DATABASE")]
    [InlineData("postgres://leader:s3cret@db.example.org/program?target_session_attrs=s3cret", "has the setting \"target_session_attrs\"", "Host=HOST")]
    [InlineData("postgres://leader:s3cret@db.example.org/program?sslmode=s3cret", "has the setting \"sslmode\"", "a value it cannot use")]
    [InlineData("postgres://leader:s3cret@db.example.org", "names no database", "Database=NAME")]
    public async Task A_URL_that_cannot_work_gives_a_clear_error_without_the_password(string url, params string[] message)
    {
        var error = await Should.ThrowAsync<StoreException>(() => Store.OpenAsync(StoreLocation.Resolve(url, null, "/work")));

        foreach (var part in message) error.Message.ShouldContain(part);
        error.Message.ShouldNotContain("s3cret");
    }

    [PostgresFact]
    public async Task A_database_given_as_a_URL_is_created_migrated_and_used()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString);
        var name = "mentoreval_url_" + Guid.NewGuid().ToString("N")[..12];
        var credentials = Uri.EscapeDataString(server.Username!) + (server.Password is { } p ? ":" + Uri.EscapeDataString(p) : "");
        var url = $"postgres://{credentials}@{server.Host}:{server.Port}/{name}";
        try
        {
            await using var db = await Store.OpenAsync(StoreLocation.Resolve(url, null, "/work"));

            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Pairs.CountAsync()).ShouldBe(0);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
