using MentorEval.Core.Pairs;
using MentorEval.Storage.Roster;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Storage.Tests.Roster;

/// <summary>Issue #18: a roster's extra columns (site, matching method) are stored with each pair, and a re-import updates them.</summary>
public sealed class RosterAttributesStoreTests
{
    private static RosterEntry Pair(string id, params (string Name, string Value)[] attributes) =>
        new(id, "2026-spring", "M-" + id, "E-" + id, new DateOnly(2026, 1, 15), new DateOnly(2026, 12, 15), PairStatus.Active, null, null)
        {
            Attributes = new RosterAttributes(attributes.Select(a => KeyValuePair.Create(a.Name, a.Value))),
        };

    private static async Task<IReadOnlyList<RosterChange>> Apply(TestStore store, params RosterEntry[] entries)
    {
        await using var db = await store.OpenAsync();
        return await RosterStore.ApplyAsync(db, entries, DateTimeOffset.UnixEpoch, dryRun: false);
    }

    private static async Task<IReadOnlyList<RosterEntry>> Load(TestStore store)
    {
        await using var db = await store.OpenAsync();
        return await RosterStore.LoadAsync(db);
    }

    [StoreTheory]
    public async Task A_pairs_attributes_load_as_imported_in_the_rosters_column_order(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        var pairs = new[] { Pair("P1", ("site", "north"), ("matching_method", "interests")), Pair("P2", ("site", "south"), ("matching_method", "")) };

        await Apply(store, pairs);

        var loaded = await Load(store);
        loaded.ShouldBe(pairs);
        loaded[0].Attributes.Names.ShouldBe(["site", "matching_method"]);
        loaded[1].Attributes["SITE"].ShouldBe("south");
    }

    [StoreTheory]
    public async Task A_reimported_roster_updates_a_changed_attribute_and_one_it_adds_and_says_so(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Apply(store, Pair("P1", ("site", "north")), Pair("P2", ("site", "south")));

        var changes = await Apply(store, Pair("P1", ("site", "north"), ("matching_method", "random")), Pair("P2", ("site", "east"), ("matching_method", "interests")));

        changes.SelectMany(c => c.Changes.Select(f => (c.PairId, f))).ShouldBe([
            ("P1", new FieldChange("matching_method", null, "random")),
            ("P2", new FieldChange("site", "south", "east")),
            ("P2", new FieldChange("matching_method", null, "interests")),
        ]);
        (await Load(store)).Select(p => p.Attributes.ToString()).ShouldBe(["site=north, matching_method=random", "site=east, matching_method=interests"]);
    }

    [StoreTheory]
    public async Task A_reimported_roster_without_the_extra_columns_clears_them(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Apply(store, Pair("P1", ("site", "north")));

        var change = (await Apply(store, Pair("P1"))).ShouldHaveSingleItem();

        change.Changes.ShouldBe([new FieldChange("site", "north", null)]);
        (await Load(store)).Single().Attributes.ShouldBe(RosterAttributes.None);
    }
}
