using MentorEval.Core.Pairs;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;
using MentorEval.Storage.Tests.Responses;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Tests.Roster;

/// <summary>A roster imported again: the pairs it leaves out, members it changes (with the day), and how ids compare.</summary>
public sealed class RosterDriftStoreTests
{
    private static readonly DateOnly Start = new(2026, 1, 15);

    private static RosterEntry Pair(string id, string? mentor = null, string? mentee = null) =>
        new(id, "2026-spring", mentor ?? "M-" + id, mentee ?? "E-" + id, Start, new DateOnly(2026, 12, 15), PairStatus.Active, null, null);

    private static async Task<RosterUpdate> Update(TestStore store, RosterUpdateOptions options, params RosterEntry[] entries)
    {
        await using var db = await store.OpenAsync();
        return await RosterStore.UpdateAsync(db, entries, options, new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero), dryRun: false);
    }

    [StoreTheory]
    public async Task A_roster_that_leaves_out_a_stored_pair_reports_it_with_its_stored_answers_and_keeps_both(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatch.BeginAsync(db, ResponseBatchTests.Batch("f1"), false))
        {
            writer.Write("baseline", ResponseBatchTests.Answer("E-P1", 4, 5) with { PairId = "P1" }, ResponseBatchTests.Answer("M-P1", 3, 5) with { PairId = "P1", Role = Role.Mentor });
            await writer.CommitAsync(2, 2, 0, 0, 0);
        }

        await Update(store, new RosterUpdateOptions(), Pair("P1"), Pair("P2"));
        var before = await store.SnapshotAsync();

        var update = await Update(store, new RosterUpdateOptions(), Pair("P2"));

        update.Missing.ShouldBe([new MissingPair("P1", "2026-spring", 2)]);
        update.Changes.ShouldBeEmpty();
        (await store.SnapshotAsync()).ShouldBe(before);
        await using var check = await store.OpenAsync();
        (await check.Responses.CountAsync(r => r.PairRowId != null)).ShouldBe(2);
    }

    [StoreTheory]
    public async Task A_changed_mentor_ends_the_old_membership_on_the_day_of_the_change_and_an_import_loads_it(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Update(store, new RosterUpdateOptions(), Pair("P1"), Pair("P2"));

        var update = await Update(store, new RosterUpdateOptions { ChangedOn = new DateOnly(2026, 5, 1) }, Pair("P1", mentor: "M-NEW"), Pair("P2"));

        update.MemberChanges.ShouldBe([new MemberChange("P1", Role.Mentor, "M-P1", "M-NEW", new DateOnly(2026, 5, 1))]);
        await using var db = await store.OpenAsync();
        var roster = await RosterStore.LoadPairsAsync(db);
        roster.FormerMembers.ShouldBe([new FormerMember("P1", Role.Mentor, "M-P1", Start, new DateOnly(2026, 5, 1), "M-NEW")]);
        var members = await db.PairMembers.OrderBy(m => m.Id).Select(m => new { m.Pair!.PairKey, m.Role, m.MemberId, m.Since, m.Until }).ToListAsync();
        members.Select(m => (m.PairKey, m.Role, m.MemberId, m.Since, m.Until)).ShouldBe([
            ("P1", Role.Mentor, "M-P1", Start, new DateOnly(2026, 5, 1)),
            ("P1", Role.Mentee, "E-P1", Start, (DateOnly?)null),
            ("P2", Role.Mentor, "M-P2", Start, null),
            ("P2", Role.Mentee, "E-P2", Start, null),
            ("P1", Role.Mentor, "M-NEW", new DateOnly(2026, 5, 1), null),
        ]);
        var index = roster.Index();
        index.Assign("M-P1", "P1", null, null, new DateOnly(2026, 4, 30)).IsResolved.ShouldBeTrue();
        index.Assign("M-P1", "P1", null, null, new DateOnly(2026, 5, 2)).IsResolved.ShouldBeFalse();
    }

    [StoreTheory]
    public async Task Without_a_date_a_member_change_takes_effect_on_the_day_of_the_import(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Update(store, new RosterUpdateOptions(), Pair("P1"));

        var update = await Update(store, new RosterUpdateOptions(), Pair("P1", mentee: "E-NEW"));

        update.MemberChanges.ShouldBe([new MemberChange("P1", Role.Mentee, "E-P1", "E-NEW", new DateOnly(2026, 9, 1))]);
    }

    [StoreTheory]
    public async Task A_change_dated_before_the_member_joined_the_pair_is_refused_and_nothing_is_stored(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Update(store, new RosterUpdateOptions(), Pair("P1"));
        var before = await store.SnapshotAsync();

        var update = await Update(store, new RosterUpdateOptions { ChangedOn = new DateOnly(2025, 12, 1) }, Pair("P1", mentor: "M-NEW"), Pair("P9"));

        update.Applied.ShouldBeFalse();
        update.Problems.ShouldBe(["--changed-on 2025-12-01 is before M-P1 became the mentor of pair P1 (2026-01-15); give the day the new mentor took over, on or after 2026-01-15"]);
        (await store.SnapshotAsync()).ShouldBe(before);
        await using var db = await store.OpenAsync();
        (await db.PairMembers.CountAsync()).ShouldBe(2);
    }

    [StoreTheory]
    public async Task Ignoring_case_is_kept_with_the_roster_until_an_import_says_otherwise(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        (await Update(store, new RosterUpdateOptions { IdsIgnoreCase = true }, Pair("P1"))).IdsIgnoreCase.ShouldBeTrue();
        (await Update(store, new RosterUpdateOptions(), Pair("P1"))).IdsIgnoreCase.ShouldBeTrue();
        await using (var db = await store.OpenAsync()) (await RosterStore.LoadPairsAsync(db)).IdRules.ShouldBe(new RosterIdRules(IgnoreCase: true));

        (await Update(store, new RosterUpdateOptions { IdsIgnoreCase = false }, Pair("P1"))).IdsIgnoreCase.ShouldBeFalse();
        await using (var db = await store.OpenAsync()) (await RosterStore.LoadPairsAsync(db)).IdRules.ShouldBe(RosterIdRules.Exact);
    }

    [StoreTheory]
    public async Task Ignoring_case_refuses_a_roster_with_two_ids_that_differ_only_in_case(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await Update(store, new RosterUpdateOptions(), Pair("P1", mentor: "M0018"));
        var before = await store.SnapshotAsync();

        var update = await Update(store, new RosterUpdateOptions { IdsIgnoreCase = true }, Pair("P2", mentor: "m0018"));

        update.Problems.ShouldBe(["the participant ids \"M0018\" and \"m0018\" would be the same once case is ignored; spell them one way in the roster, or import it without --ids-ignore-case"]);
        (await store.SnapshotAsync()).ShouldBe(before);
        await using var db = await store.OpenAsync();
        (await RosterStore.LoadPairsAsync(db)).IdRules.ShouldBe(RosterIdRules.Exact);
    }

    [StoreTheory]
    public async Task Responses_stored_before_the_roster_are_linked_only_when_a_member_of_the_pair_gave_them_in_their_role(StoreKind kind)
    {
        await using var store = new TestStore(kind);
        await using (var db = await store.OpenAsync())
        await using (var writer = await ResponseBatch.BeginAsync(db, ResponseBatchTests.Batch("f1"), false))
        {
            writer.Write("baseline",
                ResponseBatchTests.Answer("E-P1", 4, 5) with { PairId = "P1" },
                ResponseBatchTests.Answer("X9", 4, 5) with { PairId = "P1" },
                ResponseBatchTests.Answer("M-P1", 4, 5) with { PairId = "P1" });
            await writer.CommitAsync(3, 3, 0, 0, 0);
        }

        var update = await Update(store, new RosterUpdateOptions(), Pair("P1"));

        update.NotLinked.ShouldBe(2);
        await using var check = await store.OpenAsync();
        var linked = await check.Responses.OrderBy(r => r.Id).Select(r => new { r.RespondentId, Linked = r.PairRowId != null }).ToListAsync();
        linked.Select(r => (r.RespondentId, r.Linked)).ShouldBe([("E-P1", true), ("X9", false), ("M-P1", false)]);
    }
}
