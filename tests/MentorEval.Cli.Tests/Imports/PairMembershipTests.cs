using MentorEval.Cli.Tests.Support;
using MentorEval.Core.Pairs;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// An answer that names a pair is taken only from that pair's mentor or mentee, as the roster lists them (fixture roster:
/// P-102 is MT-02 with ME-02; MT-01 mentors P-101 and P-104). Ids are compared after Unicode normalisation, and without
/// regard to case only when the roster was imported with --ids-ignore-case.
/// </summary>
public sealed class PairMembershipTests
{
    private const string Header = "respondent_id,pair_id,role,wave,submitted_at,listens,goals,trust,cancelled,meetings,comment";

    [StoreTheory]
    public async Task An_answer_from_someone_outside_the_named_pair_is_rejected_with_the_reason_and_the_closest_roster_id(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();
        program.Write("pulse.csv", $"""
            {Header}
            MT-01,P-102,mentor,2024-07,2024-07-01,4,4,4,2,3,another pair's mentor
            mt-02,P-102,mentor,2024-07,2024-07-01,4,4,4,2,3,lower case
            МT-02,P-102,mentor,2024-07,2024-07-01,4,4,4,2,3,Cyrillic capital EM
            MT-2,P-102,mentor,2024-07,2024-07-01,4,4,4,2,3,mistyped
            ME-02,P-102,mentee,2024-07,2024-07-02,5,4,4,1,3,the mentee
            """);

        var run = await program.ImportAsync("pulse.csv");

        run.ExitCode.ShouldBe(0);
        (run.Summary.Imported, run.Summary.Rejected).ShouldBe((1, 4));
        run.Summary.FirstRejects.Select(r => (r.Row, r.Column, r.Value)).ShouldBe([(2, "pair_id", "P-102"), (3, "pair_id", "P-102"), (4, "pair_id", "P-102"), (5, "pair_id", "P-102")]);
        var reasons = run.Summary.FirstRejects.Select(r => r.Message).ToList();
        reasons[0].ShouldBe("respondent \"MT-01\" is neither the mentor (MT-02) nor the mentee (ME-02) of pair \"P-102\"; MT-01 is the mentor of pair P-101, P-104");
        reasons[1].ShouldBe("respondent \"mt-02\" is neither the mentor (MT-02) nor the mentee (ME-02) of pair \"P-102\"; did you mean MT-02? (ids differ in case; " +
                            "import the roster with --ids-ignore-case if this program's ids ignore case)");
        reasons[2].ShouldBe("respondent \"МT-02\" is neither the mentor (MT-02) nor the mentee (ME-02) of pair \"P-102\"; did you mean MT-02? " +
                            "(the id contains a non-Latin look-alike character: 'М' U+041C, Cyrillic, looks like Latin 'M')");
        reasons[3].ShouldBe("respondent \"MT-2\" is neither the mentor (MT-02) nor the mentee (ME-02) of pair \"P-102\"; did you mean MT-02?");
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBe(new Dictionary<string, int> { ["import_batches"] = 1, ["instrument_versions"] = 1, ["responses"] = 1, ["waves"] = 1 }, ignoreOrder: true);
        (await program.ResponsesAsync()).Select(r => (r.RespondentId, r.PairKey)).ShouldBe([("ME-02", "P-102")]);
    }

    [StoreTheory]
    public async Task A_file_where_no_answer_comes_from_a_member_of_its_pair_stores_nothing(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();
        program.Write("strangers.csv", $"""
            {Header}
            MT-05,P-102,mentor,2024-07,2024-07-01,4,4,4,2,3,
            ME-05,P-102,mentee,2024-07,2024-07-01,4,4,4,2,3,
            """);

        var run = await program.ImportAsync("strangers.csv");

        run.ExitCode.ShouldBe(1);
        (run.Summary.Imported, run.Summary.Rejected, run.Summary.Committed).ShouldBe((0, 2, false));
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
    }

    [StoreTheory]
    public async Task A_row_whose_id_is_the_pairs_member_but_whose_role_is_the_other_side_is_rejected(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("roles.csv", $"{Header}\nMT-02,P-102,mentee,2024-07,2024-07-01,4,4,4,2,3,\n");

        var run = await program.ImportAsync("roles.csv");

        run.Summary.Rejected.ShouldBe(1);
        run.Summary.FirstRejects.Single().Message.ShouldBe("respondent \"MT-02\" is the mentor of pair \"P-102\" in the roster, but the response says mentee");
    }

    [StoreTheory]
    public async Task Invisible_characters_and_full_width_letters_do_not_make_an_id_another_person(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("invisible.csv", $"{Header}\n\u200BMT-02\u200D,P-102,mentor,2024-07,2024-07-01,4,4,4,2,3,\nＭＥ-02\uFEFF,P-102,mentee,2024-07,2024-07-01,4,4,4,2,3,\n");

        var run = await program.ImportAsync("invisible.csv");

        (run.Summary.Imported, run.Summary.Rejected).ShouldBe((2, 0), string.Join("; ", run.Summary.FirstRejects));
        // Stored as the roster spells them, so the same person's answer is one response, however the export spelled the id.
        (await program.ResponsesAsync()).Select(r => (r.RespondentId, r.Role)).ShouldBe([("MT-02", Role.Mentor), ("ME-02", Role.Mentee)]);
        program.Write("again.csv", $"{Header}\nMT-02,P-102,mentor,2024-07,2024-07-01,5,5,5,1,3,\n");
        var again = await program.ImportAsync("again.csv");
        again.Summary.FirstRejects.Single().Message.ShouldStartWith("duplicate: \"MT-02\" (pair P-102) already has a response");
    }

    [StoreTheory]
    public async Task Ids_that_differ_only_in_case_match_once_the_roster_is_imported_with_ids_ignore_case_and_stay_so(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        (await program.RunAsync("roster", "import", "roster.csv", "--ids-ignore-case")).ExitCode.ShouldBe(0);
        // A later roster import that does not mention the setting keeps it.
        (await program.RunAsync("roster", "import", "roster.csv")).ExitCode.ShouldBe(0);
        program.Write("cased.csv", $"{Header}\nmt-02,p-102,mentor,2024-07,2024-07-01,4,4,4,2,3,\nme-02,,mentee,2024-07,2024-07-01,4,4,4,2,3,\n");

        var run = await program.ImportAsync("cased.csv");

        (run.Summary.Imported, run.Summary.Rejected).ShouldBe((2, 0));
        (await program.ResponsesAsync()).Select(r => (r.RespondentId, r.PairKey, r.LinkedToPair)).ShouldBe([("MT-02", "P-102", true), ("ME-02", "P-102", true)]);
    }

    [StoreTheory]
    public async Task A_roster_import_can_turn_ignoring_case_off_again(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        (await program.RunAsync("roster", "import", "roster.csv", "--ids-ignore-case")).ExitCode.ShouldBe(0);
        (await program.RunAsync("roster", "import", "roster.csv", "--ids-ignore-case", "false")).ExitCode.ShouldBe(0);
        program.Write("cased.csv", $"{Header}\nmt-02,P-102,mentor,2024-07,2024-07-01,4,4,4,2,3,\n");

        (await program.ImportAsync("cased.csv")).Summary.Rejected.ShouldBe(1);
    }

    [StoreTheory]
    public async Task A_mistyped_id_without_a_pair_column_is_rejected_with_the_closest_roster_id(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("no-pair.csv", "respondent_id,role,wave,listens,goals,trust,cancelled,meetings,comment\nME-5,mentee,2024-07,4,4,4,2,3,\n");

        var run = await program.ImportAsync("no-pair.csv");

        run.Summary.FirstRejects.Single().Message.ShouldBe(
            "respondent \"ME-5\" is not in the roster; did you mean ME-05? Otherwise add a pair_id column, import the roster that lists them, or correct the id");
    }

    [StoreTheory]
    public async Task A_survey_for_mentees_only_does_not_take_an_answer_from_the_pairs_mentor(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var definition = File.ReadAllText(program.PathOf("instruments/pair-pulse.json"));
        program.Write("instruments/mentee-pulse.json", definition
            .Replace("\"id\": \"pair-pulse\"", "\"id\": \"mentee-pulse\"")
            .Replace("\"roles\": [\"mentor\", \"mentee\"]", "\"roles\": [\"mentee\"]"));
        program.Write("mentees.csv", "respondent_id,pair_id,wave,listens,goals,trust,cancelled,meetings,comment\nMT-02,P-102,2024-07,4,4,4,2,3,\nME-02,P-102,2024-07,4,4,4,2,3,\n");

        var run = new ImportRun(await program.RunAsync("import", "mentees.csv", "--instrument", "mentee-pulse", "--json"));

        (run.Summary.Imported, run.Summary.Rejected).ShouldBe((1, 1));
        run.Summary.FirstRejects.Single().Message.ShouldBe(
            "respondent \"MT-02\" is the mentor of pair \"P-102\" in the roster, but instrument \"mentee-pulse\" is answered by mentees only");
        (await program.ResponsesAsync()).Select(r => (r.RespondentId, r.Role)).ShouldBe([("ME-02", Role.Mentee)]);
    }

    [StoreTheory]
    public async Task Answers_imported_before_the_roster_are_linked_to_their_pair_only_when_a_member_gave_them(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        program.Write("early.csv", $"{Header}\nMT-02,P-102,mentor,2024-07,2024-07-01,4,4,4,2,3,\nMT-05,P-102,mentor,2024-07,2024-07-01,4,4,4,2,3,\n");
        (await program.ImportAsync("early.csv")).Summary.Imported.ShouldBe(2);

        var run = await program.RunAsync("roster", "import", "roster.csv");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("1 stored response(s) name a pair of this roster but were not given by its mentor or mentee in the role they state; they stay unlinked from it.");
        (await program.ResponsesAsync()).Select(r => (r.RespondentId, r.LinkedToPair)).ShouldBe([("MT-02", true), ("MT-05", false)]);
    }
}
