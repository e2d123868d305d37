using MentorEval.Core.Instruments;
using MentorEval.Storage.Database;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Tests.Support;

/// <summary>A fresh database per test on the given store, created and migrated like a user's on first open.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly TestDatabase database;

    public TestStore(StoreKind kind)
    {
        database = TestDatabase.Create(kind, folder.Path);
    }

    public StoreKind Kind => database.Kind;

    public StoreLocation Location => database.Location;

    public Task<MentorEvalDb> OpenAsync() => database.OpenAsync();

    /// <summary>Row counts of every table: "unchanged" in the import guarantees means exactly these.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = await OpenAsync();
        return $"cohorts={await db.Cohorts.CountAsync()} participants={await db.Participants.CountAsync()} pairs={await db.Pairs.CountAsync()} waves={await db.Waves.CountAsync()} " +
               $"versions={await db.InstrumentVersions.CountAsync()} batches={await db.ImportBatches.CountAsync()} responses={await db.Responses.CountAsync()}";
    }

    public static Instrument TwoItemInstrument => InstrumentDefinition.Parse(TwoItemJson, "test").Instrument!;

    public const string TwoItemJson = """
        { "id": "two", "version": "1.0.0", "title": "Two items", "citation": "test", "roles": ["mentee"],
          "responseScales": [ { "id": "a5", "min": 1, "max": 5 } ],
          "items": [ { "id": "q1", "text": "One", "responseScale": "a5" }, { "id": "q2", "text": "Two", "responseScale": "a5" } ] }
        """;

    public async ValueTask DisposeAsync()
    {
        database.Dispose();
        await Task.Yield();
        folder.Dispose();
    }
}
