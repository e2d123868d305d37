using System.Text.Json;
using ClosedXML.Excel;
using MentorEval.Cli.Tests.Reports;

namespace MentorEval.Cli.Tests.Retention;

/// <summary>Issue #18's "done when": `retention --json` and the report's Retention sheet agree (same roster, same analysis date).</summary>
public sealed class RetentionSheetAgreesWithJsonTests(DemoAndReportTests.DemoRun demo) : IClassFixture<DemoAndReportTests.DemoRun>
{
    [Fact]
    public async Task Every_groups_pairs_closures_rate_and_shares_still_running_are_the_same_in_the_sheet_and_the_json()
    {
        using var workbook = new XLWorkbook(demo.Summary.GetProperty("report").GetProperty("workbook").GetString());
        var sheet = workbook.Worksheet("Retention");
        var analysisDate = sheet.CellsUsed().First(c => c.GetString() == "Analysis date").CellRight().GetString()[..10];
        var run = await demo.Run("retention", "--db", demo.Database, "--as-of", analysisDate, "--json");
        run.ExitCode.ShouldBe(0, run.Output);
        var json = JsonDocument.Parse(run.Output).RootElement;
        var groups = new[] { json.GetProperty("overall") }.Concat(json.GetProperty("groups").EnumerateArray()).ToList();

        var table = sheet.Table("RetentionSummary");
        var headers = table.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        var rows = table.DataRange.Rows().ToList();
        rows.Count.ShouldBe(groups.Count);
        foreach (var (row, group) in rows.Zip(groups))
        {
            IXLCell Cell(string header) => row.Cell(headers.IndexOf(header) + 1);
            Cell("Cohort").GetString().ShouldBe(group.GetProperty("name").GetString());
            Cell("Pairs").GetDouble().ShouldBe(group.GetProperty("pairs").GetInt32());
            var closure = group.GetProperty("earlyClosure");
            Cell("Closed early").GetDouble().ShouldBe(closure.GetProperty("closedEarly").GetInt32());
            Cell("Ended").GetDouble().ShouldBe(closure.GetProperty("ended").GetInt32());
            if (closure.TryGetProperty("rate", out var rate)) Cell("Early-closure rate").GetDouble().ShouldBe(rate.GetDouble(), 1e-12);
            foreach (var milestone in group.GetProperty("milestones").EnumerateArray())
                Cell($"Running at {milestone.GetProperty("months").GetDouble():0} months").GetDouble().ShouldBe(milestone.GetProperty("stillRunning").GetDouble(), 1e-12);
        }
    }
}
