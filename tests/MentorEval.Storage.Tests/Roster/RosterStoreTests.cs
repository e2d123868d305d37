using MentorEval.Core.Pairs;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;
using MentorEval.Storage.Tests.Responses;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Tests.Roster;

public sealed class RosterStoreTests
{
    private static RosterEntry Pair(string id, PairStatus status = PairStatus.Active, DateOnly? end = null, string? reason = null) =>
        new(id, "2026-spring", "M-" + id, "E-" + id, new DateOnly(2026, 1, 15), new DateOnly(2026, 12, 15), status, end, reason);

    private static async Task<IReadOnlyList<RosterChange>> Apply(TestStore store, bool dryRun, params RosterEntry[] entries)
    {
        await using var db = await store.OpenAsync();
        return await RosterStore.ApplyAsync(db, entries, DateTimeOffset.UnixEpoch, dryRun);
    }

    [StoreTheory]
    public async Task A_first_import_adds_every_pair(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        var changes = await Apply(store, false, Pair("P1"), Pair("P2"));

        changes.Select(c => (c.PairId, c.Added)).ShouldBe([("P1", true), ("P2", true)]);
        await using var db = await store.OpenAsync();
        (await RosterStore.LoadAsync(db)).Count.ShouldBe(2);
    }

    [StoreTheory]
    public async Task The_roster_loads_in_roster_order_and_its_pairs_with_the_stored_id_of_every_pair(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Apply(store, false, Pair("P2"), Pair("P1", PairStatus.Completed, new DateOnly(2026, 12, 1), "finished"));
        await Apply(store, false, Pair("P3"));

        await using var db = await store.OpenAsync();
        var entries = await RosterStore.LoadAsync(db);
        var pairs = await RosterStore.LoadPairsAsync(db);

        entries.ShouldBe([Pair("P2"), Pair("P1", PairStatus.Completed, new DateOnly(2026, 12, 1), "finished"), Pair("P3")]);
        pairs.Pairs.ShouldBe(entries.Select(e => e.Pair));
        pairs.PairRowIds.ShouldBe(db.Pairs.ToDictionary(p => p.PairKey, p => p.Id), ignoreOrder: true);
    }

    [StoreTheory]
    public async Task Reimporting_reports_only_the_pairs_that_changed_and_how(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Apply(store, false, Pair("P1"), Pair("P2"));

        var changes = await Apply(store, false, Pair("P1"), Pair("P2", PairStatus.ClosedEarly, new DateOnly(2026, 5, 2), "moved"));

        var change = changes.ShouldHaveSingleItem();
        change.PairId.ShouldBe("P2");
        change.Changes.ShouldBe([
            new FieldChange("status", "active", "closed_early"),
            new FieldChange("end_date", null, "2026-05-02"),
            new FieldChange("closure_reason", null, "moved"),
        ]);
        await using var db = await store.OpenAsync();
        (await RosterStore.LoadAsync(db)).Single(p => p.PairId == "P2").Status.ShouldBe(PairStatus.ClosedEarly);
    }

    [StoreTheory]
    public async Task A_dry_run_reports_changes_but_keeps_nothing(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        var changes = await Apply(store, true, Pair("P1"));

        changes.Count.ShouldBe(1);
        (await store.SnapshotAsync()).ShouldContain("pairs=0");
    }

    [StoreTheory]
    public async Task Responses_stored_before_their_pair_was_on_the_roster_are_linked_when_it_arrives(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatch.BeginAsync(db, ResponseBatchTests.Batch("f1"), false))
        {
            writer.Write("baseline", ResponseBatchTests.Answer("E-P1", 4, 5) with { PairId = "P1" }, ResponseBatchTests.Answer("E-P9", 4, 5) with { PairId = "P9" });
            await writer.CommitAsync(2, 2, 0, 0, 0);
        }

        await Apply(store, false, Pair("P1"));

        await using var check = await store.OpenAsync();
        var linked = await check.Responses.OrderBy(r => r.PairKey).Select(r => new { r.PairKey, r.PairRowId }).ToListAsync();
        linked.Select(r => (r.PairKey, r.PairRowId)).ShouldBe([("P1", (await check.Pairs.SingleAsync()).Id), ("P9", (int?)null)]);
    }
}
