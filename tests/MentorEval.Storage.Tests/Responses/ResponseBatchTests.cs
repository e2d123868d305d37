using MentorEval.Core.Pairs;
using MentorEval.Core.Responses;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Tests.Responses;

/// <summary>Writing an import batch, on every store: one transaction, duplicates found by the unique index.</summary>
public sealed class ResponseBatchTests
{
    internal static BatchDescription Batch(string sha) =>
        new($"{sha}.csv", sha, "generic", TestStore.TwoItemInstrument, TestStore.TwoItemJson, "{}", DateTimeOffset.UnixEpoch);

    internal static SurveyResponse Answer(string respondent, double q1, double q2, string? text1 = null, DateTimeOffset? submitted = null) =>
        new(respondent, null, Role.Mentee, 1, submitted ?? new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), false, 2,
            [q1, q2], [text1 ?? q1.ToString(), double.IsNaN(q2) ? "N/A" : q2.ToString()]);

    /// <summary>One batch, its responses handed over in one write as an import hands over a chunk, committed.</summary>
    private static async Task<(int Inserted, int Replaced, int Duplicates)> Import(TestStore store, string sha, bool replace, params SurveyResponse[] responses)
    {
        await using var db = await store.OpenAsync();
        await using var writer = await ResponseBatch.BeginAsync(db, Batch(sha), replace);
        var outcomes = writer.Write("baseline", responses);
        await writer.CommitAsync(responses.Length, outcomes.Count(o => o != WriteOutcome.Duplicate), 0, 0, outcomes.Count(o => o == WriteOutcome.Replaced));
        return (outcomes.Count(o => o == WriteOutcome.Inserted), outcomes.Count(o => o == WriteOutcome.Replaced), outcomes.Count(o => o == WriteOutcome.Duplicate));
    }

    [StoreTheory]
    public async Task A_committed_batch_keeps_values_the_original_answer_text_and_the_moment_of_submission(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        var submitted = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5.5)).AddTicks(1_234_560);

        await Import(store, "f1", false, Answer("R1", 4, double.NaN, "Agree", submitted));

        await using var db = await store.OpenAsync();
        var stored = await db.Responses.SingleAsync();
        var values = ItemValueCodec.Unpack(stored.ItemValues, 2);
        values.ShouldBe([4, double.NaN]);
        AnswerTextCodec.Read(stored.OriginalAnswers, values).ShouldBe(["Agree", "N/A"]);
        stored.Role.ShouldBe(Role.Mentee);
        // The same instant (PostgreSQL keeps it in UTC, SQLite with the offset it was given in).
        stored.SubmittedAt.ShouldBe(submitted);
        (await db.ImportBatches.SingleAsync()).Imported.ShouldBe(1);
    }

    [StoreTheory]
    public async Task A_batch_that_is_not_committed_leaves_the_database_as_it_was(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Import(store, "f1", false, Answer("R1", 4, 5));
        var before = await store.SnapshotAsync();

        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatch.BeginAsync(db, Batch("f2"), false))
        {
            writer.Write("midpoint", Answer("R2", 1, 2));
            // disposed without CommitAsync, as when an import fails or is cancelled
        }

        (await store.SnapshotAsync()).ShouldBe(before);
    }

    [StoreTheory]
    public async Task A_second_answer_for_the_same_respondent_instrument_and_wave_is_a_duplicate(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Import(store, "f1", false, Answer("R1", 4, 5));

        var second = await Import(store, "f2", false, Answer("R1", 1, 1), Answer("R2", 3, 3));

        second.ShouldBe((1, 0, 1));
        await using var db = await store.OpenAsync();
        ItemValueCodec.Unpack((await db.Responses.SingleAsync(r => r.RespondentId == "R1")).ItemValues, 2).ShouldBe([4, 5]);
    }

    [StoreTheory]
    public async Task Replace_overwrites_an_earlier_batch_but_not_a_duplicate_within_the_same_file(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Import(store, "f1", false, Answer("R1", 4, 5));

        var second = await Import(store, "f2", true, Answer("R1", 1, 1), Answer("R1", 2, 2), Answer("R2", 3, 3));

        second.ShouldBe((1, 1, 1));
        await using var db = await store.OpenAsync();
        var stored = await db.Responses.OrderBy(r => r.RespondentId).ToListAsync();
        stored.Select(r => ItemValueCodec.Unpack(r.ItemValues, 2)).ShouldBe([[1, 1], [3, 3]]);
        stored.Select(r => r.BatchId).Distinct().ShouldHaveSingleItem();
    }

    [StoreTheory]
    public async Task A_duplicate_in_a_later_write_of_the_same_batch_is_found_too(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Import(store, "f1", false, Answer("R1", 4, 5));
        await using var db = await store.OpenAsync();
        await using var writer = await ResponseBatch.BeginAsync(db, Batch("f2"), true);

        var first = writer.Write("baseline", Answer("R1", 1, 1), Answer("R2", 2, 2));
        var later = writer.Write("baseline", Answer("R2", 3, 3), Answer("R1", 3, 3), Answer("R3", 3, 3));

        first.ShouldBe([WriteOutcome.Replaced, WriteOutcome.Inserted]);
        later.ShouldBe([WriteOutcome.Duplicate, WriteOutcome.Duplicate, WriteOutcome.Inserted]);
    }

    [StoreTheory]
    public async Task A_duplicate_after_writes_without_any_undoes_none_of_them_and_later_rows_still_go_in(StoreKind kind)
    {
        // PostgreSQL copies rows straight into the table until a write meets a duplicate; that write is undone and redone
        // row by row, and the rows written before it stay.
        await using var store = new TestStore(kind);
        await Import(store, "f1", false, Answer("R9", 4, 5));
        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatch.BeginAsync(db, Batch("f2"), false))
        {
            writer.Write("baseline", Answer("R1", 1, 1), Answer("R2", 2, 2)).ShouldBe([WriteOutcome.Inserted, WriteOutcome.Inserted]);
            writer.Write("baseline", Answer("R3", 3, 3), Answer("R9", 3, 3), Answer("R1", 3, 3), Answer("R4", 4, 4))
                .ShouldBe([WriteOutcome.Inserted, WriteOutcome.Duplicate, WriteOutcome.Duplicate, WriteOutcome.Inserted]);
            writer.Write("baseline", Answer("R5", 5, 5)).ShouldBe([WriteOutcome.Inserted]);
            await writer.CommitAsync(7, 5, 0, 0, 0);
        }

        await using var check = await store.OpenAsync();
        (await check.Responses.OrderBy(r => r.Id).Select(r => r.RespondentId).ToListAsync()).ShouldBe(["R9", "R1", "R2", "R3", "R4", "R5"]);
        // The first answer is kept, not the duplicate's.
        ItemValueCodec.Unpack(await check.Responses.Where(r => r.RespondentId == "R1").Select(r => r.ItemValues).SingleAsync(), 2).ShouldBe([1, 1]);
    }

    [StoreTheory]
    public async Task Responses_are_stored_in_the_order_they_were_written(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        var respondents = Enumerable.Range(0, 300).Select(i => $"R{(i * 7919) % 1000:D4}").ToList();

        await Import(store, "f1", false, respondents.Select(r => Answer(r, 1, 2)).ToArray());

        await using var db = await store.OpenAsync();
        (await db.Responses.OrderBy(r => r.Id).Select(r => r.RespondentId).ToListAsync()).ShouldBe(respondents);
    }

    [StoreTheory]
    public async Task A_second_batch_of_the_same_instrument_waits_for_the_first_to_commit_then_finds_its_duplicates(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await using var firstDb = await store.OpenAsync();
        await using var secondDb = await store.OpenAsync();
        await using var first = await ResponseBatch.BeginAsync(firstDb, Batch("f1"), false);
        first.Write("baseline", Answer("R1", 4, 5)).ShouldBe([WriteOutcome.Inserted]);

        // On its own thread: SQLite's waiting for the lock is not asynchronous.
        var starting = Task.Run(() => ResponseBatch.BeginAsync(secondDb, Batch("f2"), false));
        await Task.Delay(TimeSpan.FromSeconds(1));
        starting.IsCompleted.ShouldBeFalse("the second batch began while the first was still writing");
        await first.CommitAsync(1, 1, 0, 0, 0);
        await using var second = await starting;

        second.Write("baseline", Answer("R1", 1, 1), Answer("R2", 2, 2)).ShouldBe([WriteOutcome.Duplicate, WriteOutcome.Inserted]);
        await second.CommitAsync(2, 1, 0, 0, 0);
        (await store.SnapshotAsync()).ShouldEndWith("batches=2 responses=2");
    }

    [StoreTheory]
    public async Task A_database_is_created_with_the_schema_of_the_latest_migration(StoreKind kind)
    {
        await using var store = new TestStore(kind);

        await using var db = await store.OpenAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
    }
}
