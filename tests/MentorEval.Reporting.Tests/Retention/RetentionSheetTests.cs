using MentorEval.Reporting.Content;
using MentorEval.Reporting.Report;
using MentorEval.Reporting.Tests.Support;

namespace MentorEval.Reporting.Tests.Retention;

/// <summary>Issue #18: the workbook's Retention sheet, Kaplan–Meier chart and Overview sentence show the retention analysis.</summary>
public sealed class RetentionSheetTests
{
    private static readonly Lazy<CohortReportContent> Content = new(() => CohortReportBuilder.Build(SampleCohort.Request()));

    [Fact]
    public void The_retention_sheet_shows_each_cohorts_rate_median_and_share_still_running_as_computed()
    {
        var content = Content.Value;
        var retention = content.Retention.ShouldNotBeNull();
        var (_, workbook) = OpenedWorkbook.Of(content);
        var rows = OpenedWorkbook.Rows(workbook, "RetentionSummary");

        rows.Select(r => r["Cohort"].GetString()).ShouldBe(new[] { "all pairs" }.Concat(retention.Groups.Select(g => g.Name)));
        foreach (var group in new[] { retention.Overall }.Concat(retention.Groups))
        {
            var row = rows.Single(r => r["Cohort"].GetString() == group.Name);
            row["Pairs"].GetDouble().ShouldBe(group.Curve.Pairs);
            row["Closed early"].GetDouble().ShouldBe(group.EarlyClosure.ClosedEarly);
            if (group.EarlyClosure.Rate is { } rate) row["Early-closure rate"].GetDouble().ShouldBe(rate, 1e-12);
            if (group.At(3) is { } three) row["Running at 3 months"].GetDouble().ShouldBe(three.StillRunning, 1e-12);
            row["Median months"].GetString().ShouldBe(group.Curve.Median.Months is { } m ? m.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "not reached");
        }

        OpenedWorkbook.Rows(workbook, "KaplanMeier").Count.ShouldBe(new[] { retention.Overall }.Concat(retention.Groups).Sum(g => g.Curve.Steps.Count));
        OpenedWorkbook.Rows(workbook, "LogRank").Count.ShouldBe(retention.Groups.Count);
        OpenedWorkbook.Rows(workbook, "Cox").Count.ShouldBe(retention.Cox.ShouldNotBeNull().HazardRatios.Count);
    }

    [Fact]
    public void The_tests_on_the_retention_sheet_say_their_p_value_once()
    {
        var (_, workbook) = OpenedWorkbook.Of(Content.Value);

        var lines = workbook.Worksheet("Retention").CellsUsed().Select(c => c.GetString()).Where(t => t.Contains(" df, ", StringComparison.Ordinal)).ToList();
        lines.Count.ShouldBeGreaterThanOrEqualTo(2);
        lines.ShouldAllBe(t => !t.Contains("p = p", StringComparison.Ordinal));
    }

    [Fact]
    public void The_overview_says_how_long_pairs_last_and_sets_the_early_closure_rate_beside_the_published_range()
    {
        var headline = Content.Value.Headlines.Where(h => h.StartsWith("Across the program")).ShouldHaveSingleItem();

        headline.ShouldContain("still running at 6 months");
        headline.ShouldContain("the 30–38% published for mentoring programs");
    }

    [Fact]
    public void The_kaplan_meier_chart_is_drawn_on_the_retention_sheet()
    {
        var chart = ReportCharts.For(Content.Value).Where(c => c.FileName == "retention-kaplan-meier.png").ShouldHaveSingleItem();

        chart.Sheet.ShouldBe("Retention");
        chart.Png.Length.ShouldBeGreaterThan(10_000);
    }
}
