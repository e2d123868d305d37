using System.Text.Json;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Roster;

/// <summary>`mentoreval roster import` end to end with the fixture roster (Imports/Fixtures/roster.csv: 7 pairs in 2 cohorts).</summary>
public sealed class RosterImportTests : IDisposable
{
    private const string Header = "pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status,end_date,closure_reason";

    private readonly ProgramFolder program = new(StoreKind.Sqlite);

    public void Dispose() => program.Dispose();

    [Fact]
    public async Task Importing_a_roster_adds_every_pair_and_cohort()
    {
        var run = await program.RunAsync("roster", "import", "roster.csv");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("7 pair(s) in the file. Added 7, updated 0, 0 unchanged.");
        var counts = (await program.SnapshotAsync()).RowCounts;
        (counts["pairs"], counts["cohorts"]).ShouldBe((7, 2));
    }

    [Fact]
    public async Task Reimporting_the_roster_with_a_changed_status_reports_exactly_what_changed()
    {
        await program.ImportRosterAsync();
        var roster = File.ReadAllText(program.PathOf("roster.csv"));
        program.Write("roster.csv", roster.Replace(
            "P-102,2024-spring,MT-02,ME-02,2024-02-05,2024-11-29,active,,",
            "P-102,2024-spring,MT-02,ME-02,2024-02-05,2024-11-29,closed_early,2024-07-19,mentor changed jobs"));

        var run = await program.RunAsync("roster", "import", "roster.csv", "--json");

        run.ExitCode.ShouldBe(0);
        var result = JsonDocument.Parse(run.Output).RootElement;
        (result.GetProperty("added").GetInt32(), result.GetProperty("updated").GetInt32()).ShouldBe((0, 1));
        var change = result.GetProperty("changes").EnumerateArray().ShouldHaveSingleItem();
        change.GetProperty("pairId").GetString().ShouldBe("P-102");
        change.GetProperty("changes").EnumerateArray()
            .Select(f => (f.GetProperty("field").GetString(), Text(f, "before"), Text(f, "after")))
            .ShouldBe([("status", "active", "closed_early"), ("end_date", null, "2024-07-19"), ("closure_reason", null, "mentor changed jobs")]);
        (await program.RunAsync("roster", "import", "roster.csv")).Output.ShouldContain("Added 0, updated 0, 7 unchanged.");
    }

    [Fact]
    public async Task A_roster_with_bad_rows_imports_nothing_and_lists_every_problem_with_its_row_and_column()
    {
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();
        program.Write("next-cohort.csv", $"""
            {Header}
            P-301,2025-spring,MT-31,ME-31,2025-02-30,2025-11-28,active,,
            P-302,2025-spring,MT-32,ME-32,2025-02-03,2025-11-28,paused,,
            P-303,2025-spring,MT-33,,2025-02-03,2025-01-28,active,,
            P-301,2025-spring,MT-34,ME-34,2025-02-03,2025-11-28,active,,
            """);

        var run = await program.RunAsync("roster", "import", "next-cohort.csv", "--json");

        run.ExitCode.ShouldBe(1);
        var result = JsonDocument.Parse(run.Output).RootElement;
        result.GetProperty("imported").GetBoolean().ShouldBeFalse();
        result.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("message").GetString(), p.GetProperty("fix").GetString()))
            .ShouldBe([
                (2, "start_date", "\"2025-02-30\" is not a date.", "Write it as YYYY-MM-DD (e.g. 2026-01-15)."),
                (3, "status", "\"paused\" is not a status.", "Use active, completed or closed_early."),
                (4, "mentee_id", "mentee_id is empty.", "Fill it in: every pair needs one."),
                (4, "planned_end_date", "The planned end 2025-01-28 is not after the start 2025-02-03.", "Correct the dates."),
                (5, "pair_id", "Pair \"P-301\" is listed twice (first at row 2).", "Keep one row per pair."),
            ]);
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
        (await program.RunAsync("roster", "import", "next-cohort.csv")).Output
            .ShouldContain("The roster was not imported: 5 problem(s). Nothing was stored; fix these and import it again.");
    }

    [Fact]
    public async Task A_roster_missing_a_column_names_it_and_the_header_it_needs()
    {
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();
        program.Write("no-plan.csv", "pair_id,cohort,mentor_id,mentee_id,start_date,status\nP-301,2025-spring,MT-31,ME-31,2025-02-03,active\n");

        var run = await program.RunAsync("roster", "import", "no-plan.csv", "--json");

        run.ExitCode.ShouldBe(1);
        var problem = JsonDocument.Parse(run.Output).RootElement.GetProperty("problems").EnumerateArray().ShouldHaveSingleItem();
        (problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString()).ShouldBe((1, "planned_end_date"));
        problem.GetProperty("message").GetString().ShouldBe("The roster lacks column(s) planned_end_date. Found: pair_id,cohort,mentor_id,mentee_id,start_date,status.");
        problem.GetProperty("fix").GetString().ShouldBe(
            "Its header must include: pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status (and optionally end_date,closure_reason).");
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
    }

    private static string? Text(JsonElement field, string name) =>
        field.TryGetProperty(name, out var value) ? value.GetString() : null;
}
