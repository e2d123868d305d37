using MentorEval.Core.Pairs;
using MentorEval.Core.Responses;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Tests.Responses;

public sealed class ResponseBatchWriterTests : IAsyncLifetime
{
    private readonly TestStore store = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await store.DisposeAsync();

    private static BatchDescription Batch(string sha) =>
        new($"{sha}.csv", sha, "generic", TestStore.TwoItemInstrument, TestStore.TwoItemJson, "{}", DateTimeOffset.UnixEpoch);

    private static SurveyResponse Answer(string respondent, double q1, double q2, string? text1 = null) =>
        new(respondent, null, Role.Mentee, 1, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), false, 2,
            [q1, q2], [text1 ?? q1.ToString(), double.IsNaN(q2) ? "N/A" : q2.ToString()]);

    private async Task<(int Inserted, int Replaced, int Duplicates)> Import(string sha, bool replace, params SurveyResponse[] responses)
    {
        await using var db = await store.OpenAsync();
        await using var writer = await ResponseBatchWriter.BeginAsync(db, Batch(sha), replace);
        var outcomes = responses.Select(r => writer.Write(r, null, "baseline")).ToList();
        await writer.CommitAsync(responses.Length, outcomes.Count(o => o != WriteOutcome.Duplicate), 0, 0, outcomes.Count(o => o == WriteOutcome.Replaced));
        return (outcomes.Count(o => o == WriteOutcome.Inserted), outcomes.Count(o => o == WriteOutcome.Replaced), outcomes.Count(o => o == WriteOutcome.Duplicate));
    }

    [Fact]
    public async Task A_committed_batch_keeps_values_and_the_original_answer_text()
    {
        await Import("f1", false, Answer("R1", 4, double.NaN, "Agree"));

        await using var db = await store.OpenAsync();
        var stored = await db.Responses.SingleAsync();
        var values = ItemValueCodec.Unpack(stored.ItemValues, 2);
        values.ShouldBe([4, double.NaN]);
        AnswerTextCodec.Read(stored.OriginalAnswers, values).ShouldBe(["Agree", "N/A"]);
        stored.Role.ShouldBe(Role.Mentee);
        stored.SubmittedAt.ShouldBe(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        (await db.ImportBatches.SingleAsync()).Imported.ShouldBe(1);
    }

    [Fact]
    public async Task A_batch_that_is_not_committed_leaves_the_database_as_it_was()
    {
        await Import("f1", false, Answer("R1", 4, 5));
        var before = await store.SnapshotAsync();

        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatchWriter.BeginAsync(db, Batch("f2"), false))
        {
            writer.Write(Answer("R2", 1, 2), null, "midpoint");
            // disposed without CommitAsync, as when an import fails or is cancelled
        }

        (await store.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_second_answer_for_the_same_respondent_instrument_and_wave_is_a_duplicate()
    {
        await Import("f1", false, Answer("R1", 4, 5));

        var second = await Import("f2", false, Answer("R1", 1, 1), Answer("R2", 3, 3));

        second.ShouldBe((1, 0, 1));
        await using var db = await store.OpenAsync();
        ItemValueCodec.Unpack((await db.Responses.SingleAsync(r => r.RespondentId == "R1")).ItemValues, 2).ShouldBe([4, 5]);
    }

    [Fact]
    public async Task Replace_overwrites_an_earlier_batch_but_not_a_duplicate_within_the_same_file()
    {
        await Import("f1", false, Answer("R1", 4, 5));

        var second = await Import("f2", true, Answer("R1", 1, 1), Answer("R1", 2, 2));

        second.ShouldBe((0, 1, 1));
        await using var db = await store.OpenAsync();
        ItemValueCodec.Unpack((await db.Responses.SingleAsync()).ItemValues, 2).ShouldBe([1, 1]);
    }

    [Fact]
    public async Task Rows_of_several_waves_repeats_and_partial_flags_in_one_batch_each_keep_their_own()
    {
        SurveyResponse Row(string respondent, int repeat, bool partial) =>
            Answer(respondent, 1, 2) with { RepeatInstance = repeat, Partial = partial };
        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatchWriter.BeginAsync(db, Batch("f1"), false))
        {
            writer.Write(Row("R1", 1, false), null, "baseline");
            writer.Write(Row("R2", 1, false), null, "baseline");
            writer.Write(Row("R1", 2, true), null, "baseline");
            writer.Write(Row("R1", 1, false), null, "midpoint");
            writer.Write(Row("R3", 1, false), null, "baseline");
            await writer.CommitAsync(5, 5, 0, 0, 0);
        }

        await using var check = await store.OpenAsync();
        var waves = await check.Waves.ToDictionaryAsync(w => w.Id, w => w.Name);
        (await check.Responses.OrderBy(r => r.SourceRow).ThenBy(r => r.Id).ToListAsync())
            .Select(r => (r.RespondentId, waves[r.WaveId], r.RepeatInstance, r.Partial))
            .ShouldBe([("R1", "baseline", 1, false), ("R2", "baseline", 1, false), ("R1", "baseline", 2, true), ("R1", "midpoint", 1, false), ("R3", "baseline", 1, false)]);
    }

    [Fact]
    public async Task A_database_is_created_with_the_schema_of_the_latest_migration()
    {
        await using var db = await store.OpenAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_gives_a_clear_error()
    {
        await File.WriteAllTextAsync(store.Location.Value, "respondent_id,q1\nR1,4\n");

        var error = await Should.ThrowAsync<StoreException>(() => store.OpenAsync());

        error.Message.ShouldContain("could not be opened as a MentorEval database");
    }

    [Fact]
    public async Task Text_times_and_roles_are_stored_exactly_as_the_sqlite_provider_writes_them()
    {
        var submitted = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5.5)).AddTicks(1_234_567);
        var response = new SurveyResponse("Zoë \"Z\" Ng", "P-1", Role.Mentor, 2, submitted, true, 7, [1, double.NaN],
            ["très \"bien\" <b>", null]);
        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatchWriter.BeginAsync(db, Batch("f1"), false))
        {
            writer.Write(response, null, "baseline").ShouldBe(WriteOutcome.Inserted);
            await writer.CommitAsync(1, 1, 0, 0, 0);
        }

        await using var connection = new SqliteConnection($"Data Source={store.Location.Value}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // What Microsoft.Data.Sqlite would have bound for the same values, next to what the writer stored.
        command.CommandText = """
            SELECT RespondentId = $respondent, PairKey = $pairKey, Role = $role, SubmittedAt = $submitted, typeof(SubmittedAt),
                   OriginalAnswers = $answers, Partial = $partial, RepeatInstance, SourceRow, PairId IS NULL, SubmittedAt
            FROM responses
            """;
        command.Parameters.AddWithValue("$respondent", response.RespondentId);
        command.Parameters.AddWithValue("$pairKey", "P-1");
        command.Parameters.AddWithValue("$role", "Mentor");
        command.Parameters.AddWithValue("$submitted", submitted);
        // Only the first cell's text is stored: the second is missing, as its value says (see AnswerTextCodec).
        command.Parameters.AddWithValue("$answers", "{\"0\":\"tr\\u00E8s \\u0022bien\\u0022 \\u003Cb\\u003E\"}");
        command.Parameters.AddWithValue("$partial", true);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        Enumerable.Range(0, 11).Select(i => reader.GetValue(i)).ShouldBe([1L, 1L, 1L, 1L, "text", 1L, 1L, 2L, 7L, 1L, "2026-03-01 09:00:00.1234567-05:30"]);
    }

    [Fact]
    public async Task The_connection_gets_its_own_cache_size_and_foreign_key_checks_back_after_a_batch()
    {
        await using var db = await store.OpenAsync();
        await db.Database.OpenConnectionAsync();
        var before = await Settings(db);
        before.ForeignKeys.ShouldBe(1);

        await using (var writer = await ResponseBatchWriter.BeginAsync(db, Batch("f1"), false))
        {
            (await Settings(db)).ShouldBe((-ResponseBatchWriter.BatchCacheKiB, 0));
            writer.Write(Answer("R1", 4, 5), null, "baseline");
            await writer.CommitAsync(1, 1, 0, 0, 0);
        }

        (await Settings(db)).ShouldBe(before);
        await using (await ResponseBatchWriter.BeginAsync(db, Batch("f2"), false))
        {
            // disposed without a commit: rolled back
        }

        (await Settings(db)).ShouldBe(before);
    }

    private static async Task<(long CacheSize, long ForeignKeys)> Settings(MentorEvalDb db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA cache_size;";
        var cacheSize = (long)(await command.ExecuteScalarAsync())!;
        command.CommandText = "PRAGMA foreign_keys;";
        return (cacheSize, (long)(await command.ExecuteScalarAsync())!);
    }
}
