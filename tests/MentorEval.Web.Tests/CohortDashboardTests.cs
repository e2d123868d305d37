using System.Globalization;
using System.Xml.Linq;
using MentorEval.Application.Analysis;
using MentorEval.Application.Dashboard;
using MentorEval.Application.Programs;
using MentorEval.Application.Retention;
using MentorEval.Core.Pairs;
using MentorEval.Core.Retention;
using MentorEval.Web.Components.Pages;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>
/// A cohort's dashboard on the sample program the app loads into an empty database: its figures are the use cases' (the
/// same as `retention` and `analyze --json`), its charts the workbook's, drawn inline as SVG with a text alternative.
/// </summary>
public sealed class CohortDashboardTests(CohortDashboardTests.App app) : IClassFixture<CohortDashboardTests.App>
{
    /// <summary>The app's clock at noon today, so the page and the use case agree on the day whenever the test runs.</summary>
    public sealed class App : WebApp
    {
        public App() => Time.Shift = Today.ToDateTime(new TimeOnly(12, 0)) - TimeProvider.System.GetUtcNow().UtcDateTime;

        public DateOnly Today { get; } = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
    }

    private const string Running = "2025-fall";
    private const string Earlier = "2024-fall";

    private Workspace SameDatabase() =>
        new(AppContext.BaseDirectory, app.Database, null, Workspace.InstrumentFolderOf(null, null, AppContext.BaseDirectory, Path.Combine(AppContext.BaseDirectory, "instruments")));

    private async Task<string> Dashboard(string query = "")
    {
        var client = await app.SignedInOnceAsync();
        return await client.GetStringAsync($"/programs/default/cohorts/{Running}{query}");
    }

    [Fact]
    public async Task The_retention_table_shows_the_retention_use_case_s_pairs_closures_medians_and_milestones_for_every_cohort()
    {
        var html = await Dashboard();
        var analysed = (RetentionOutcome.Analysed)await new AnalyseRetention(SameDatabase()).RunAsync(new RetentionAnalysisRequest(app.Today), null, CancellationToken.None);
        var report = analysed.Report;

        var expected = new[] { report.Overall }.Concat(report.Groups).Select(g => string.Join(" | ", new[]
        {
            g == report.Overall ? "Whole program" : g.Name, g.Curve.Pairs.ToString(CultureInfo.InvariantCulture), g.Curve.Closures.ToString(CultureInfo.InvariantCulture),
            DashboardText.Rate(g.EarlyClosure), DashboardText.Median(g.Curve.Median),
        }.Concat(RetentionGroup.MilestoneMonths.Select(m => DashboardText.Still(g.At(m)))))).ToList();

        HtmlTables.Rows(html, "#retention").Select(r => string.Join(" | ", r)).ShouldBe(expected);
        report.Groups.Select(g => g.Name).ShouldContain(Running);
        report.Overall.Curve.Closures.ShouldBeGreaterThan(0, "the sample program has pairs that ended early, so the curve falls");
        report.Groups.ShouldContain(g => g.At(6) != null, "some cohort has run six months");
    }

    [Fact]
    public async Task The_retention_curve_is_the_workbook_s_kaplan_meier_chart_inline_as_svg_named_for_a_screen_reader()
    {
        var html = await Dashboard();

        var curve = HtmlTables.Svgs(html).Select(XElement.Parse).Single(s => s.Attribute("aria-label")?.Value == "Share of pairs still running, by cohort");

        curve.Attribute("role")!.Value.ShouldBe("img");
        curve.Attribute("viewBox")!.Value.ShouldBe("0 0 1200 700");
        curve.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ShouldContain(t => t.Contains(Running, StringComparison.Ordinal), "the legend names each cohort");
        html.ShouldContain("<figcaption>Share of pairs still running by month since the match started");
    }

    [Fact]
    public async Task The_change_and_gap_tables_show_the_numbers_analyze_gives_for_the_cohort()
    {
        var html = await Dashboard();
        var analysed = (AnalysisOutcome.Analysed)await new AnalyseCohort(SameDatabase()).RunAsync(new CohortAnalysisRequest(Running), null, CancellationToken.None);
        var analysis = analysed.Report;
        var changes = analysis.Changes.Where(c => !c.Suppressed).ToList();
        var dyads = analysis.Dyads.Where(d => !d.Suppressed).ToList();
        changes.ShouldNotBeEmpty();
        dyads.ShouldNotBeEmpty();

        var shownChanges = HtmlTables.Rows(html, "#changes").Where(r => r.Length == 11).Select(r => string.Join(" | ", r.Skip(2))).ToList();
        shownChanges.ShouldBe(changes.Select(c => string.Join(" | ",
            Who(c.Role), c.FromWave, c.ToWave, c.NPaired!.Value.ToString(CultureInfo.InvariantCulture), CohortDashboard.Number(c.MeanBefore), CohortDashboard.Number(c.MeanAfter),
            CohortDashboard.Number(c.MeanChange), CohortDashboard.Number(c.CohensDz), DashboardText.P(c.P))));
        var shownGaps = HtmlTables.Rows(html, "#gaps").Where(r => r.Length == 9).Select(r => string.Join(" | ", r.Skip(2))).ToList();
        shownGaps.ShouldBe(dyads.Select(d => string.Join(" | ",
            d.Wave, d.NPairs!.Value.ToString(CultureInfo.InvariantCulture), CohortDashboard.Number(d.MeanMentor), CohortDashboard.Number(d.MeanMentee),
            CohortDashboard.Number(d.MeanGap), CohortDashboard.Number(d.MeanAbsoluteGap), DashboardText.P(d.P))));
    }

    [Fact]
    public async Task Every_chart_is_the_workbook_s_drawn_as_svg_with_role_img_and_its_title_as_label_and_nothing_but_drawing_inside()
    {
        var html = await Dashboard();
        var outcome = (DashboardOutcome.Described)await new DescribeCohortDashboard(SameDatabase()).RunAsync(new CohortDashboardRequest(Running, app.Today), CancellationToken.None);
        var workbook = outcome.Dashboard.Charts.Select(c => c.Title).ToList();

        var svgs = HtmlTables.Svgs(html).Select(XElement.Parse).ToList();

        svgs.Select(s => s.Attribute("aria-label")?.Value).ShouldBe(workbook, ignoreOrder: true);
        outcome.Dashboard.Charts.Select(c => c.Kind).Distinct().Order().ShouldBe([DashboardChartKind.Retention, DashboardChartKind.ScaleMeans, DashboardChartKind.Answers]);
        foreach (var svg in svgs)
        {
            svg.Attribute("role")!.Value.ShouldBe("img");
            svg.DescendantsAndSelf().Select(e => e.Name.LocalName).ShouldNotContain(n => n == "script" || n == "foreignObject" || n == "style");
            svg.DescendantsAndSelf().Attributes().ShouldNotContain(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "style");
        }

        // Each chart's clip paths are its own: two charts never share an id.
        var ids = svgs.SelectMany(s => s.Descendants().Attributes("id")).Select(a => a.Value).ToList();
        ids.ShouldBe(ids.Distinct().ToList());
    }

    [Fact]
    public async Task A_comparison_cohort_chosen_in_the_address_is_drawn_dashed_beside_the_cohort_with_its_own_table()
    {
        var html = await Dashboard($"?compare={Earlier}");
        var outcome = (DashboardOutcome.Described)await new DescribeCohortDashboard(SameDatabase()).RunAsync(new CohortDashboardRequest(Running, app.Today, Earlier), CancellationToken.None);
        var comparison = outcome.Dashboard.Comparison!;

        HtmlTables.Svgs(html).Select(s => XElement.Parse(s).Attribute("aria-label")!.Value).ShouldContain(l => l.EndsWith($"vs {Earlier} (dashed)", StringComparison.Ordinal));
        html.ShouldContain($"<caption>Cohort {Earlier}, for comparison</caption>");
        html.ShouldContain($"<option value=\"{Earlier}\" selected");
        var shown = HtmlTables.Rows(html, ".compared-scales").Where(r => r.Length == 6).Select(r => string.Join(" | ", r)).ToList();
        shown.ShouldNotBeEmpty();
        shown.ShouldBeSubsetOf(comparison.Groups.Where(g => !g.Suppressed).Select(g => string.Join(" | ", g.Scale, g.Wave, Who(g.Role), g.N!.Value.ToString(CultureInfo.InvariantCulture),
            CohortDashboard.Number(g.Mean), $"{CohortDashboard.Number(g.CiLower)} to {CohortDashboard.Number(g.CiUpper)}")));
    }

    [Fact]
    public async Task Comparing_with_a_cohort_the_program_does_not_have_says_so_and_names_the_known_ones()
    {
        var html = System.Net.WebUtility.HtmlDecode(await Dashboard("?compare=1999-nope"));

        html.ShouldContain("role=\"alert\"");
        html.ShouldContain("No cohort \"1999-nope\"");
        html.ShouldContain(Earlier);
    }

    [Fact]
    public async Task A_scale_chart_the_workbook_splits_over_several_parts_shows_every_part()
    {
        var outcome = (DashboardOutcome.Described)await new DescribeCohortDashboard(SameDatabase()).RunAsync(new CohortDashboardRequest(Running, app.Today), CancellationToken.None);

        var split = outcome.Dashboard.Charts.Where(c => c.Kind == DashboardChartKind.ScaleMeans).GroupBy(c => (c.Instrument, c.Role))
            .Where(g => g.Count() > 1).ToList();

        split.ShouldNotBeEmpty("the sample's 11-scale instrument is drawn on more than one chart of at most eight lines");
        foreach (var parts in split)
            for (var p = 1; p <= parts.Count(); p++)
                parts.ShouldContain(c => c.Title.Contains($"({p} of {parts.Count()})"));
    }

    [Fact]
    public async Task Groups_smaller_than_the_minimum_are_withheld_from_the_dashboard_s_charts_and_answers_as_from_the_workbook()
    {
        var shown = (DashboardOutcome.Described)await new DescribeCohortDashboard(SameDatabase()).RunAsync(new CohortDashboardRequest(Running, app.Today), CancellationToken.None);
        var withheld = (DashboardOutcome.Described)await new DescribeCohortDashboard(SameDatabase()).RunAsync(new CohortDashboardRequest(Running, app.Today, MinimumCell: 1000), CancellationToken.None);

        shown.Dashboard.Answers.ShouldNotBeEmpty();
        shown.Dashboard.Charts.ShouldContain(c => c.Kind == DashboardChartKind.ScaleMeans);
        withheld.Dashboard.Analysis.Groups.ShouldAllBe(g => g.Suppressed && g.Mean == null);
        withheld.Dashboard.Answers.ShouldBeEmpty();
        withheld.Dashboard.Charts.Select(c => c.Kind).ShouldBe([DashboardChartKind.Retention], "a chart never shows a group the small-cell rule withheld");
    }

    private static string Who(Role role) => role == Role.Mentor ? "Mentors" : "Mentees";
}
