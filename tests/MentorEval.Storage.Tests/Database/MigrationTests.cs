using MentorEval.Core.Pairs;
using MentorEval.Core.Responses;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MentorEval.Storage.Tests.Database;

/// <summary>A database made by an older MentorEval upgrades in place when a newer one opens it, keeping its data.</summary>
public sealed class MigrationTests : IAsyncLifetime
{
    private readonly TestStore store = new(StoreKind.Sqlite);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_database_from_the_first_release_gains_participants_from_its_stored_pairs()
    {
        // The first release's schema, with a roster stored the way that release stored it.
        await using (var old = new MentorEvalDb(new DbContextOptionsBuilder<MentorEvalDb>().UseSqlite($"Data Source={store.Location.Value};Pooling=False").Options))
        {
            await old.GetService<IMigrator>().MigrateAsync("InitialSchema");
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO cohorts (Name) VALUES ('2025-fall');
                INSERT INTO pairs (PairKey, CohortId, MentorId, MenteeId, StartDate, PlannedEndDate, Status, UpdatedAt)
                VALUES ('P1', 1, 'M1', 'E1', '2025-09-01', '2026-06-01', 'Active', '2025-09-01 00:00:00+00:00'),
                       ('P2', 1, 'M1', 'E2', '2025-09-01', '2026-06-01', 'ClosedEarly', '2025-09-01 00:00:00+00:00');
                """);
        }

        await using var db = await store.OpenAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Participants.Select(p => p.ParticipantKey).OrderBy(k => k).ToListAsync()).ShouldBe(["E1", "E2", "M1"]);
        var pairs = await db.Pairs.Include(p => p.MentorParticipant).Include(p => p.MenteeParticipant).OrderBy(p => p.PairKey).ToListAsync();
        pairs.Select(p => (p.MentorParticipant!.ParticipantKey, p.MenteeParticipant!.ParticipantKey)).ShouldBe([("M1", "E1"), ("M1", "E2")]);
        (await RosterStore.LoadAsync(db)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Responses_stored_before_the_table_kept_only_its_key_keep_their_values_texts_and_duplicate_check()
    {
        // Item values as doubles (4, missing) and every cell's text as an array, as releases before stored them.
        await using (var old = new MentorEvalDb(new DbContextOptionsBuilder<MentorEvalDb>().UseSqlite($"Data Source={store.Location.Value};Pooling=False").Options))
        {
            await old.GetService<IMigrator>().MigrateAsync("ImportBatchesPerInstrument");
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO waves (Name) VALUES ('baseline');
                INSERT INTO instrument_versions (InstrumentId, Version, ContentHash, DefinitionJson, FirstImportedAt)
                VALUES ('two', '1.0.0', {0}, {1}, '2025-09-01 00:00:00+00:00');
                INSERT INTO import_batches (FileName, FileSha256, Format, InstrumentVersionId, OptionsJson, RowsRead, Imported, Skipped, Rejected, Replaced, ImportedAt)
                VALUES ('old.csv', 'f0', 'generic', 1, {2}, 1, 1, 0, 0, 0, '2025-09-01 00:00:00+00:00');
                INSERT INTO responses (BatchId, RespondentId, PairId, PairKey, Role, WaveId, InstrumentId, InstrumentVersionId, RepeatInstance,
                                       SubmittedAt, Partial, SourceRow, ItemValues, OriginalAnswers)
                VALUES (1, 'R1', NULL, '', 'Mentee', 1, 'two', 1, 1, NULL, 0, 2, X'0000000000001040000000000000F8FF', {3});
                """, ResponseBatch.Sha256(TestStore.TwoItemJson), TestStore.TwoItemJson, "{}", """["4","N/A"]""");
        }

        await using var db = await store.OpenAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        var stored = await db.Responses.SingleAsync();
        var values = ItemValueCodec.Unpack(stored.ItemValues, 2);
        values.ShouldBe([4, double.NaN]);
        AnswerTextCodec.Read(stored.OriginalAnswers, values).ShouldBe(["4", "N/A"]);
        (await ResponseStore.LoadAsync(db)).Single().Responses.Single().Values.ShouldBe([4, double.NaN]);
        await using var writer = await ResponseBatch.BeginAsync(db,
            new BatchDescription("new.csv", "f1", "generic", TestStore.TwoItemInstrument, TestStore.TwoItemJson, "{}", DateTimeOffset.UnixEpoch), replace: false);
        writer.Write("baseline", new SurveyResponse("R1", null, Role.Mentee, 1, null, false, 2, [5, 5], ["5", "5"])).ShouldBe([WriteOutcome.Duplicate]);
    }

    /// <summary>
    /// A model change needs a migration for each provider: for SQLite
    /// `dotnet ef migrations add NAME --project src/MentorEval.Storage --context MentorEvalDb --output-dir Database/Migrations`,
    /// for PostgreSQL the same with `--context PostgresMentorEvalDb --output-dir Database/PostgresMigrations`.
    /// </summary>
    [Fact]
    public void Each_providers_migrations_build_the_current_model()
    {
        using var sqlite = new MentorEvalDb(new DbContextOptionsBuilder<MentorEvalDb>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresMentorEvalDb(new DbContextOptionsBuilder<PostgresMentorEvalDb>().UseNpgsql("Host=localhost;Database=unused").Options);

        sqlite.Database.HasPendingModelChanges().ShouldBeFalse("the SQLite migrations lack a model change");
        postgres.Database.HasPendingModelChanges().ShouldBeFalse("the PostgreSQL migrations lack a model change");
    }
}
