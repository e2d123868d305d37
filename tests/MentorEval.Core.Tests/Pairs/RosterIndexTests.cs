using MentorEval.Core.Pairs;

namespace MentorEval.Core.Tests.Pairs;

public sealed class RosterIndexTests
{
    private static RosterPair Pair(string id, string mentor, string mentee, string cohort = "2026-spring") => new(id, cohort, mentor, mentee);

    // Mentor M1 has two mentees; M2 has one.
    private readonly RosterIndex roster = new([Pair("P1", "M1", "E1"), Pair("P2", "M1", "E2"), Pair("P3", "M2", "E3", "2025-fall")]);

    [Fact]
    public void A_respondent_in_one_pair_gets_that_pair_and_their_role_from_the_roster()
    {
        roster.Assign("E1", null, null, null).ShouldBe(new PairAssignment("P1", Role.Mentee, null));
        roster.Assign("M2", null, null, null).ShouldBe(new PairAssignment("P3", Role.Mentor, null));
    }

    [Fact]
    public void A_mentor_of_several_pairs_must_name_the_pair()
    {
        var assignment = roster.Assign("M1", null, null, null);

        assignment.IsResolved.ShouldBeFalse();
        assignment.Problem.ShouldBe("respondent \"M1\" is in 2 pairs (P1, P2); add a pair_id column so each answer names its pair");
        roster.Assign("M1", "P2", null, null).ShouldBe(new PairAssignment("P2", Role.Mentor, null));
    }

    [Fact]
    public void An_unknown_pair_or_respondent_is_explained()
    {
        roster.Assign("E1", "P9", null, null).Problem!.ShouldContain("pair \"P9\" is not in the roster");
        roster.Assign("X9", null, null, null).Problem!.ShouldContain("respondent \"X9\" is not in the roster");
    }

    [Fact]
    public void A_role_that_contradicts_the_roster_is_rejected()
    {
        roster.Assign("E1", "P1", Role.Mentor, null).Problem!.ShouldContain("is the mentee of pair \"P1\" in the roster, but the response says mentor");
    }

    // Issue #11 (3): a survey tool's own respondent id was taken for a named pair when a role was given; an answer
    // is now taken only from the pair's mentor or mentee.
    [Fact]
    public void A_vendor_respondent_id_with_a_named_pair_is_not_a_member_of_it_even_with_a_role()
    {
        roster.Assign("R_3kd9", "P1", null, null).Problem!.ShouldContain("respondent \"R_3kd9\" is neither the mentor (M1) nor the mentee (E1) of pair \"P1\"");
        roster.Assign("R_3kd9", "P1", Role.Mentee, null).Problem!.ShouldContain("name it with --respondent-column");
    }

    [Fact]
    public void A_cohort_restricts_the_pairs_a_response_may_belong_to()
    {
        roster.Assign("E3", "P3", null, "2026-spring").Problem!.ShouldContain("belongs to cohort \"2025-fall\"");
        roster.Assign("E3", null, null, "2026-spring").Problem!.ShouldContain("has no pair in cohort \"2026-spring\"");
    }

    [Fact]
    public void Without_a_roster_responses_are_kept_unlinked_with_the_role_they_state()
    {
        new RosterIndex([]).Assign("R1", null, Role.Mentor, null).ShouldBe(new PairAssignment(null, Role.Mentor, null));
    }
}
