using System.Text.Json;
using MentorEval.Cli.Tests.Support;
using MentorEval.Core.Pairs;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Roster;

/// <summary>
/// A roster imported again says what it leaves out and whose membership changed, keeps every stored answer with the
/// person who gave it, and from the change on takes a pair's answers only from its current members
/// (fixture roster: P-102 is MT-02 with ME-02; exports/generic.csv holds answers for P-101 and P-103).
/// </summary>
public sealed class RosterDriftTests
{
    private const string Header = "respondent_id,pair_id,role,wave,submitted_at,listens,goals,trust,cancelled,meetings,comment";

    [StoreTheory]
    public async Task A_roster_that_leaves_out_a_pair_with_answers_reports_it_missing_and_its_answers_stay_stored(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        (await program.ImportAsync("exports/generic.csv")).Summary.Imported.ShouldBe(3);
        var roster = File.ReadAllLines(program.PathOf("roster.csv"));
        program.Write("roster-without-p103.csv", string.Join("\n", roster.Where(l => !l.StartsWith("P-103,"))) + "\n");
        var before = await program.SnapshotAsync();

        var json = await program.RunAsync("roster", "import", "roster-without-p103.csv", "--json");

        json.ExitCode.ShouldBe(0);
        var missing = JsonDocument.Parse(json.Output).RootElement.GetProperty("missing").EnumerateArray().ShouldHaveSingleItem();
        (missing.GetProperty("pairId").GetString(), missing.GetProperty("cohort").GetString(), missing.GetProperty("storedAnswers").GetInt32())
            .ShouldBe(("P-103", "2024-spring", 1));
        var terminal = await program.RunAsync("roster", "import", "roster-without-p103.csv");
        terminal.Output.ShouldContain("6 pair(s) in the file. Added 0, updated 0, 6 unchanged.");
        terminal.Output.ShouldContain("1 stored pair(s) are not in this file; they are kept as they were, with their 1 stored answer(s):");
        terminal.Output.ShouldContain("P-103");
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
        (await program.ResponsesAsync()).Count(r => r.PairKey == "P-103" && r.LinkedToPair).ShouldBe(1);
    }

    [StoreTheory]
    public async Task A_changed_mentor_is_reported_and_from_the_change_on_only_the_new_mentor_answers_for_the_pair(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("june.csv", $"{Header}\nMT-02,P-102,mentor,2024-06,2024-06-03,4,4,4,2,3,\n");
        (await program.ImportAsync("june.csv")).Summary.Imported.ShouldBe(1);
        program.Write("roster-new-mentor.csv", File.ReadAllText(program.PathOf("roster.csv"))
            .Replace("P-102,2024-spring,MT-02,ME-02", "P-102,2024-spring,MT-09,ME-02"));

        var json = await program.RunAsync("roster", "import", "roster-new-mentor.csv", "--changed-on", "2024-07-01", "--json");

        json.ExitCode.ShouldBe(0, json.Output);
        var change = JsonDocument.Parse(json.Output).RootElement.GetProperty("memberChanges").EnumerateArray().ShouldHaveSingleItem();
        (change.GetProperty("pairId").GetString(), change.GetProperty("role").GetString(), change.GetProperty("before").GetString(),
                change.GetProperty("after").GetString(), change.GetProperty("since").GetString())
            .ShouldBe(("P-102", "mentor", "MT-02", "MT-09", "2024-07-01"));

        program.Write("later.csv", $"""
            {Header}
            MT-02,P-102,mentor,2024-08,2024-08-05,4,4,4,2,3,the old mentor after the change
            MT-09,P-102,mentor,2024-08,2024-08-05,5,5,5,1,4,the new mentor
            MT-02,P-102,mentor,2024-05,2024-05-20,3,3,3,3,2,the old mentor before the change
            """);
        var later = await program.ImportAsync("later.csv");

        (later.Summary.Imported, later.Summary.Rejected).ShouldBe((2, 1));
        later.Summary.FirstRejects.Single().ShouldSatisfyAllConditions(
            r => r.Row.ShouldBe(2),
            r => r.Message.ShouldBe("respondent \"MT-02\" was the mentor of pair \"P-102\" until 2024-07-01, when the roster changed its mentor to MT-09; " +
                                   "this answer was submitted on 2024-08-05, after the change"));
        // The answer given before the change stays with the mentor who gave it.
        (await program.ResponsesAsync()).Select(r => (r.RespondentId, r.PairKey, r.Role, r.Wave, r.LinkedToPair)).ShouldBe([
            ("MT-02", "P-102", Role.Mentor, "2024-06", true),
            ("MT-09", "P-102", Role.Mentor, "2024-08", true),
            ("MT-02", "P-102", Role.Mentor, "2024-05", true),
        ]);
    }

    [StoreTheory]
    public async Task A_changed_member_is_listed_in_the_terminal_with_the_date_of_the_change(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("roster-new-mentee.csv", File.ReadAllText(program.PathOf("roster.csv"))
            .Replace("P-105,2024-spring,MT-05,ME-05", "P-105,2024-spring,MT-05,ME-55"));

        var run = await program.RunAsync("roster", "import", "roster-new-mentee.csv", "--changed-on", "2024-06-10");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Changed members");
        run.Output.ShouldContain("from 2024-06-10 answers for these pairs are taken only from the current members");
        run.Output.ShouldMatch(@"P-105\s*│\s*mentee\s*│\s*ME-05\s*│\s*ME-55\s*│\s*2024-06-10");
    }

    [StoreTheory]
    public async Task An_answer_from_a_replaced_member_without_a_submission_date_is_rejected_because_it_cannot_be_placed(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("roster-new-mentor.csv", File.ReadAllText(program.PathOf("roster.csv"))
            .Replace("P-102,2024-spring,MT-02,ME-02", "P-102,2024-spring,MT-09,ME-02"));
        (await program.RunAsync("roster", "import", "roster-new-mentor.csv", "--changed-on", "2024-07-01")).ExitCode.ShouldBe(0);
        program.Write("undated.csv", "respondent_id,pair_id,role,wave,listens,goals,trust,cancelled,meetings,comment\nMT-02,P-102,mentor,2024-08,4,4,4,2,3,\n");

        var run = await program.ImportAsync("undated.csv");

        run.Summary.FirstRejects.Single().Message.ShouldBe(
            "respondent \"MT-02\" was the mentor of pair \"P-102\" until 2024-07-01, when the roster changed its mentor to MT-09; " +
            "this answer has no submission date, so it cannot be told whether it was given before the change");
    }

    [StoreTheory]
    public async Task A_change_dated_before_the_pair_began_is_refused_and_nothing_is_stored(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();
        program.Write("roster-new-mentor.csv", File.ReadAllText(program.PathOf("roster.csv"))
            .Replace("P-102,2024-spring,MT-02,ME-02", "P-102,2024-spring,MT-09,ME-02"));

        var run = await program.RunAsync("roster", "import", "roster-new-mentor.csv", "--changed-on", "2023-12-01");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("--changed-on 2023-12-01 is before MT-02 became the mentor of pair P-102 (2024-02-05)");
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
    }
}
