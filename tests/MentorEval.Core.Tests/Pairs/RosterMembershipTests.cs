using MentorEval.Core.Pairs;

namespace MentorEval.Core.Tests.Pairs;

/// <summary>An answer is taken only from a member of the pair it names, ids compared after Unicode normalisation.</summary>
public sealed class RosterMembershipTests
{
    private static RosterPair Pair(string id, string mentor, string mentee) => new(id, "2026-spring", mentor, mentee);

    private readonly RosterIndex roster = new([Pair("P18", "M0018", "E0018"), Pair("P19", "M0019", "E0019")]);

    [Fact]
    public void Another_pairs_mentor_naming_this_pair_is_rejected_with_the_pair_they_belong_to()
    {
        roster.Assign("M0019", "P18", Role.Mentor, null).Problem.ShouldBe(
            "respondent \"M0019\" is neither the mentor (M0018) nor the mentee (E0018) of pair \"P18\"; M0019 is the mentor of pair P19");
    }

    [Fact]
    public void A_mistyped_id_is_rejected_with_the_closest_member_of_the_pair()
    {
        roster.Assign("M018", "P18", Role.Mentor, null).Problem.ShouldBe(
            "respondent \"M018\" is neither the mentor (M0018) nor the mentee (E0018) of pair \"P18\"; did you mean M0018?");
    }

    [Fact]
    public void A_survey_tools_own_respondent_id_is_not_a_member_even_with_a_role_given()
    {
        roster.Assign("R_3kd9", "P18", Role.Mentee, null).Problem.ShouldBe(
            "respondent \"R_3kd9\" is neither the mentor (M0018) nor the mentee (E0018) of pair \"P18\"; if the export's program ids are in another " +
            "column, name it with --respondent-column");
    }

    [Fact]
    public void Invisible_characters_full_width_letters_and_surrounding_spaces_do_not_change_an_id()
    {
        foreach (var id in new[] { "M0018\u200B", "\u200CM0018", "M\u200D0018", "M00\u206018", "\uFEFFM0018", " M0018 ", "Ｍ００１８" })
        {
            var assignment = roster.Assign(id, "P18", null, null);
            (assignment.PairId, assignment.Role, assignment.Problem).ShouldBe(("P18", Role.Mentor, (string?)null), id);
            assignment.RespondentAsListed.ShouldBe("M0018");
        }

        roster.Assign("M0018", "P18", null, null).ShouldBe(new PairAssignment("P18", Role.Mentor, null));
        roster.Assign("E0018\u200B", null, null, null).ShouldBe(new PairAssignment("P18", Role.Mentee, null, "E0018"));
    }

    [Fact]
    public void A_cyrillic_look_alike_letter_makes_another_id_and_the_rejection_says_so()
    {
        // 'М' is U+041C CYRILLIC CAPITAL LETTER EM: NFKC leaves it as it is.
        roster.Assign("\u041C0018", "P18", Role.Mentor, null).Problem.ShouldBe(
            "respondent \"М0018\" is neither the mentor (M0018) nor the mentee (E0018) of pair \"P18\"; did you mean M0018? " +
            "(the id contains a non-Latin look-alike character: 'М' U+041C, Cyrillic, looks like Latin 'M')");
        roster.Assign("\u041C0018", null, null, null).Problem.ShouldBe(
            "respondent \"М0018\" is not in the roster; did you mean M0018? (the id contains a non-Latin look-alike character: 'М' U+041C, Cyrillic, " +
            "looks like Latin 'M') Otherwise add a pair_id column, import the roster that lists them, or correct the id");
    }

    [Fact]
    public void Case_matters_unless_the_program_ignores_it()
    {
        roster.Assign("m0018", "P18", null, null).Problem.ShouldBe(
            "respondent \"m0018\" is neither the mentor (M0018) nor the mentee (E0018) of pair \"P18\"; did you mean M0018? " +
            "(ids differ in case; import the roster with --ids-ignore-case if this program's ids ignore case)");

        var ignoringCase = new RosterIndex([Pair("P18", "M0018", "E0018")], new RosterIdRules(IgnoreCase: true));
        ignoringCase.Assign("m0018", "p18", null, null).ShouldBe(new PairAssignment("P18", Role.Mentor, null, "M0018"));
        ignoringCase.Assign("e0018", null, null, null).ShouldBe(new PairAssignment("P18", Role.Mentee, null, "E0018"));
    }

    [Fact]
    public void The_right_id_in_the_wrong_role_is_rejected()
    {
        roster.Assign("M0018", "P18", Role.Mentee, null).Problem.ShouldBe(
            "respondent \"M0018\" is the mentor of pair \"P18\" in the roster, but the response says mentee");
        roster.Assign("M0018", "P18", Role.Mentee, null, roleSaidBy: "instrument \"x\" is answered by mentees only").Problem.ShouldBe(
            "respondent \"M0018\" is the mentor of pair \"P18\" in the roster, but instrument \"x\" is answered by mentees only");
    }

    [Fact]
    public void A_replaced_member_answers_for_the_pair_only_before_the_change()
    {
        var changed = new RosterIndex([Pair("P18", "M0099", "E0018")], RosterIdRules.Exact,
            [new FormerMember("P18", Role.Mentor, "M0018", new DateOnly(2026, 1, 15), new DateOnly(2026, 6, 1), "M0099")]);

        changed.Assign("M0018", "P18", null, null, new DateOnly(2026, 5, 31)).ShouldBe(new PairAssignment("P18", Role.Mentor, null));
        changed.Assign("M0018", null, null, null, new DateOnly(2026, 5, 31)).ShouldBe(new PairAssignment("P18", Role.Mentor, null));
        changed.Assign("M0018", "P18", null, null, new DateOnly(2026, 6, 1)).Problem.ShouldBe(
            "respondent \"M0018\" was the mentor of pair \"P18\" until 2026-06-01, when the roster changed its mentor to M0099; " +
            "this answer was submitted on 2026-06-01, after the change");
        changed.Assign("M0018", null, null, null, null).Problem.ShouldBe(
            "respondent \"M0018\" was the mentor of pair \"P18\" until 2026-06-01, when the roster changed its mentor to M0099; " +
            "this answer has no submission date, so it cannot be told whether it was given before the change");
        changed.Assign("M0099", "P18", null, null, new DateOnly(2026, 2, 1)).ShouldBe(new PairAssignment("P18", Role.Mentor, null));
    }

    [Fact]
    public void Ids_are_normalised_by_nfkc_with_invisible_characters_removed_and_spaces_trimmed()
    {
        ParticipantIds.Normalise(" \u200BＭ0018\u00AD\u2060 ").ShouldBe("M0018");
        ParticipantIds.Normalise("M0018").ShouldBeSameAs("M0018");
        ParticipantIds.Normalise("\u041C0018").ShouldBe("\u041C0018");
        ParticipantIds.Visible("M0018\u200B").ShouldBe("M0018<U+200B>");
    }
}
