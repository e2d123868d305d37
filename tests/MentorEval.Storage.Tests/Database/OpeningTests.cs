using MentorEval.Storage.Database;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace MentorEval.Storage.Tests.Database;

/// <summary>Every store is opened and migrated by the same steps: only reaching it and reading it differ.</summary>
public sealed class OpeningTests
{
    [StoreTheory]
    public async Task A_new_database_gets_every_migration_of_its_provider_and_a_second_open_applies_none(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await using (var db = await store.OpenAsync())
        {
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        }

        await using var again = await store.OpenAsync();
        (await again.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await again.Database.GetAppliedMigrationsAsync()).ShouldBe(again.Database.GetMigrations());
    }

    [StoreTheory]
    public async Task A_database_an_older_MentorEval_made_is_brought_up_to_date_and_keeps_what_it_holds(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await using (var db = await store.OpenAsync())
        {
            var first = db.Database.GetMigrations().First();
            // Back to the first release's schema, as an older MentorEval would have left it.
            await db.GetService<IMigrator>().MigrateAsync(first);
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO waves ("Name") VALUES ('baseline')""");
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe([first]);
        }

        await using var opened = await store.OpenAsync();

        (await opened.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await opened.Waves.SingleAsync()).Name.ShouldBe("baseline");
    }

    [StoreTheory]
    public async Task Opening_with_a_cancelled_token_gives_up_before_the_database_is_made(StoreKind kind)
    {
        await using var store = new TestStore(kind);

        await Should.ThrowAsync<OperationCanceledException>(() => Store.OpenAsync(store.Location, new CancellationToken(canceled: true)));

        if (kind == StoreKind.Sqlite)
        {
            File.Exists(store.Location.Value).ShouldBeFalse();
            return;
        }

        var database = new NpgsqlConnectionStringBuilder(store.Location.Value).Database;
        await using var server = new NpgsqlConnection(PostgresServer.ConnectionString);
        await server.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", server) { Parameters = { new() { Value = database } } };
        ((long)(await exists.ExecuteScalarAsync())!).ShouldBe(0);
    }
}
