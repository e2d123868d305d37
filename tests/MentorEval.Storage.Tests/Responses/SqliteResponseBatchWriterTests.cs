using MentorEval.Core.Pairs;
using MentorEval.Core.Responses;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static MentorEval.Storage.Tests.Responses.ResponseBatchTests;

namespace MentorEval.Storage.Tests.Responses;

/// <summary>What only the SQLite file store does: the raw statement stores what the provider would, the cache and foreign key checks are given back.</summary>
public sealed class SqliteResponseBatchWriterTests : IAsyncLifetime
{
    private readonly TestStore store = new(StoreKind.Sqlite);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await store.DisposeAsync();

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
        await using (var writer = await ResponseBatch.BeginAsync(db, Batch("f1"), false))
        {
            writer.Write("baseline", response).ShouldBe([WriteOutcome.Inserted]);
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
    public async Task Rows_of_several_waves_repeats_and_partial_flags_in_one_batch_each_keep_their_own()
    {
        SurveyResponse Row(string respondent, int repeat, bool partial) =>
            Answer(respondent, 1, 2) with { RepeatInstance = repeat, Partial = partial };
        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatch.BeginAsync(db, Batch("f1"), false))
        {
            writer.Write("baseline", Row("R1", 1, false), Row("R2", 1, false), Row("R1", 2, true));
            writer.Write("midpoint", Row("R1", 1, false));
            writer.Write("baseline", Row("R3", 1, false));
            await writer.CommitAsync(5, 5, 0, 0, 0);
        }

        await using var check = await store.OpenAsync();
        var waves = await check.Waves.ToDictionaryAsync(w => w.Id, w => w.Name);
        (await check.Responses.OrderBy(r => r.Id).ToListAsync())
            .Select(r => (r.RespondentId, waves[r.WaveId], r.RepeatInstance, r.Partial))
            .ShouldBe([("R1", "baseline", 1, false), ("R2", "baseline", 1, false), ("R1", "baseline", 2, true), ("R1", "midpoint", 1, false), ("R3", "baseline", 1, false)]);
    }

    [Fact]
    public async Task The_connection_gets_its_own_cache_size_and_foreign_key_checks_back_after_a_batch()
    {
        await using var db = await store.OpenAsync();
        await db.Database.OpenConnectionAsync();
        var before = await Settings(db);
        before.ForeignKeys.ShouldBe(1);

        await using (var writer = await ResponseBatch.BeginAsync(db, Batch("f1"), false))
        {
            (await Settings(db)).ShouldBe((-SqliteResponseBatchWriter.BatchCacheKiB, 0));
            writer.Write("baseline", Answer("R1", 4, 5));
            await writer.CommitAsync(1, 1, 0, 0, 0);
        }

        (await Settings(db)).ShouldBe(before);
        await using (await ResponseBatch.BeginAsync(db, Batch("f2"), false))
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
