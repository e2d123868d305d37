using MentorEval.Core.Pairs;
using MentorEval.Storage.Roster;
using MentorEval.Storage.Tests.Support;

namespace MentorEval.Storage.Tests.Roster;

public sealed class RosterStoreTests : IAsyncLifetime
{
    private readonly TestStore store = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await store.DisposeAsync();

    private static RosterEntry Pair(string id, PairStatus status = PairStatus.Active, DateOnly? end = null, string? reason = null) =>
        new(id, "2026-spring", "M-" + id, "E-" + id, new DateOnly(2026, 1, 15), new DateOnly(2026, 12, 15), status, end, reason);

    private async Task<IReadOnlyList<RosterChange>> Apply(bool dryRun, params RosterEntry[] entries)
    {
        await using var db = await store.OpenAsync();
        return await RosterStore.ApplyAsync(db, entries, DateTimeOffset.UnixEpoch, dryRun);
    }

    [Fact]
    public async Task A_first_import_adds_every_pair()
    {
        var changes = await Apply(false, Pair("P1"), Pair("P2"));

        changes.Select(c => (c.PairId, c.Added)).ShouldBe([("P1", true), ("P2", true)]);
        await using var db = await store.OpenAsync();
        (await RosterStore.LoadAsync(db)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_roster_loads_in_roster_order_and_its_pairs_with_the_stored_id_of_every_pair()
    {
        await Apply(false, Pair("P2"), Pair("P1", PairStatus.Completed, new DateOnly(2026, 12, 1), "finished"));
        await Apply(false, Pair("P3"));

        await using var db = await store.OpenAsync();
        var entries = await RosterStore.LoadAsync(db);
        var pairs = await RosterStore.LoadPairsAsync(db);

        entries.ShouldBe([Pair("P2"), Pair("P1", PairStatus.Completed, new DateOnly(2026, 12, 1), "finished"), Pair("P3")]);
        pairs.Pairs.ShouldBe(entries.Select(e => e.Pair));
        pairs.PairIds.ShouldBe(db.Pairs.ToDictionary(p => p.PairKey, p => p.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task Reimporting_reports_only_the_pairs_that_changed_and_how()
    {
        await Apply(false, Pair("P1"), Pair("P2"));

        var changes = await Apply(false, Pair("P1"), Pair("P2", PairStatus.ClosedEarly, new DateOnly(2026, 5, 2), "moved"));

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

    [Fact]
    public async Task A_dry_run_reports_changes_but_keeps_nothing()
    {
        var changes = await Apply(true, Pair("P1"));

        changes.Count.ShouldBe(1);
        (await store.SnapshotAsync()).ShouldContain("pairs=0");
    }
}
