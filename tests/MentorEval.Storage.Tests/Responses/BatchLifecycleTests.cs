using MentorEval.Storage.Responses;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;
using static MentorEval.Storage.Tests.Responses.ResponseBatchTests;

namespace MentorEval.Storage.Tests.Responses;

/// <summary>The begin / write / commit / roll back steps every store's writer shares.</summary>
public sealed class BatchLifecycleTests
{
    [StoreTheory]
    public async Task Writing_to_a_batch_after_its_commit_is_refused_and_stores_nothing_outside_the_batch(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatch.BeginAsync(db, Batch("f1"), false))
        {
            writer.Write("baseline", Answer("R1", 4, 5));
            await writer.CommitAsync(1, 1, 0, 0, 0);

            Should.Throw<InvalidOperationException>(() => writer.Write("baseline", Answer("R2", 1, 2))).Message.ShouldContain("committed");
        }

        (await store.SnapshotAsync()).ShouldEndWith("batches=1 responses=1");
    }

    [StoreTheory]
    public async Task Writing_to_a_batch_after_its_rollback_is_refused_and_stores_nothing(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatch.BeginAsync(db, Batch("f1"), false))
        {
            writer.Write("baseline", Answer("R1", 4, 5));
            await writer.RollbackAsync();

            Should.Throw<InvalidOperationException>(() => writer.Write("baseline", Answer("R2", 1, 2))).Message.ShouldContain("rolled back");
        }

        (await store.SnapshotAsync()).ShouldEndWith("batches=0 responses=0");
    }

    [StoreTheory]
    public async Task A_commit_cancelled_before_it_ran_leaves_the_database_as_it_was_and_the_connection_usable(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await using var db = await store.OpenAsync();
        await using (var writer = await ResponseBatch.BeginAsync(db, Batch("f1"), false))
        {
            writer.Write("baseline", Answer("R1", 4, 5));
            await Should.ThrowAsync<OperationCanceledException>(() => writer.CommitAsync(1, 1, 0, 0, 0, new CancellationToken(canceled: true)));
        }

        (await db.Responses.CountAsync()).ShouldBe(0);
        (await db.ImportBatches.CountAsync()).ShouldBe(0);
        await using var next = await ResponseBatch.BeginAsync(db, Batch("f2"), false);
        next.Write("baseline", Answer("R1", 4, 5)).ShouldBe([WriteOutcome.Inserted]);
        await next.CommitAsync(1, 1, 0, 0, 0);
        (await store.SnapshotAsync()).ShouldEndWith("batches=1 responses=1");
    }
}
