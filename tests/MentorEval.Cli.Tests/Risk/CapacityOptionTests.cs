using System.Text.Json;
using ClosedXML.Excel;
using MentorEval.Cli.Tests.Reports;

namespace MentorEval.Cli.Tests.Risk;

/// <summary>
/// Issue #12: `risk predict` and `report` take the capacity for this month (`--flag-share` or `--min-recall`, declared
/// once), check it at the door, and say what the chosen share caught on held-out cohorts. On the demo's database the
/// rules judge (no model is kept), so their figure comes from the two finished cohorts.
/// </summary>
public sealed class CapacityOptionTests(DemoAndReportTests.DemoRun demo) : IClassFixture<DemoAndReportTests.DemoRun>
{
    [Theory]
    [InlineData("--flag-share 0", "--flag-share: must be a share of the running pairs above 0 and below 1 (got \"0\"); e.g. 0.2 flags a fifth of them.")]
    [InlineData("--flag-share 1.5", "--flag-share: must be a share of the running pairs above 0 and below 1 (got \"1.5\")")]
    [InlineData("--flag-share abc", "--flag-share: must be a share of the running pairs above 0 and below 1 (got \"abc\")")]
    [InlineData("--min-recall 2", "--min-recall: must be a share of early closures above 0 and at most 1 (got \"2\")")]
    [InlineData("--flag-share 0.2 --min-recall 0.6", "Give --flag-share or --min-recall, not both")]
    public async Task A_wrong_capacity_is_refused_by_predict_and_report_with_exit_code_1(string options, string message)
    {
        foreach (var command in new[] { new[] { "risk", "predict" }, ["report"] })
        {
            var run = await demo.Run([.. command, "--cohort", demo.Cohort, "--db", demo.Database, .. options.Split(' ')]);

            run.ExitCode.ShouldBe(1, run.Output);
            run.Output.ShouldContain(message);
            run.Output.ShouldNotContain("   at ");
        }
    }

    [Fact]
    public async Task Predict_flags_the_share_asked_for_and_says_what_it_caught_in_finished_cohorts()
    {
        var run = await demo.Run("risk", "predict", "--cohort", demo.Cohort, "--db", demo.Database, "--flag-share", "0.1", "--json");

        run.ExitCode.ShouldBe(0, run.Output);
        var result = JsonDocument.Parse(run.Output).RootElement;
        var pairs = result.GetProperty("predicted").GetInt32();
        var flagged = result.GetProperty("flagged").GetInt32();
        flagged.ShouldBeInRange(1, (int)Math.Ceiling(0.1 * pairs));
        result.GetProperty("flagRule").GetString().ShouldStartWith("the 10% of running pairs with the ");
        // A kept model was checked on cohorts it did not learn from; the rules learn nothing, so every finished cohort counts.
        var where = result.GetProperty("method").GetString() == "model"
            ? "in held-out cohorts"
            : @"in finished cohorts \(the rules learn nothing, so every finished cohort is held out\)";
        result.GetProperty("heldOut").GetString()!.ShouldMatch(
            $@"^Flagging 10% of running pairs \({flagged} of {pairs}\) caught \d+% of the early closures {where}\.$");
    }

    [Fact]
    public async Task A_minimum_recall_flags_the_smallest_share_that_reached_it_in_finished_cohorts()
    {
        var run = await demo.Run("risk", "predict", "--cohort", demo.Cohort, "--db", demo.Database, "--min-recall", "0.5");

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain("the smallest share that caught at least 50% of the early closures in ");
    }

    [Fact]
    public async Task The_report_flags_the_share_asked_for_and_its_at_risk_sheet_shows_the_held_out_table()
    {
        var run = await demo.Run("report", "--cohort", demo.Cohort, "--db", demo.Database, "--out", "capacity", "--flag-share", "0.1", "--json");

        run.ExitCode.ShouldBe(0, run.Output);
        using var workbook = new XLWorkbook(JsonDocument.Parse(run.Output).RootElement.GetProperty("workbook").GetString()!);
        var table = workbook.Worksheet("At risk").Table("HeldOutRecall");
        var rows = table.DataRange.Rows().ToList();
        rows.Count.ShouldBeGreaterThanOrEqualTo(10);
        rows.Single(r => r.Cell(4).GetString() == "this time").Cell(1).GetDouble().ShouldBe(0.1, 1e-9);
        workbook.Worksheet("At risk").CellsUsed().ShouldContain(c => c.GetString().StartsWith("Flagging 10% of running pairs (", StringComparison.Ordinal));
    }
}
