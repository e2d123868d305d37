using MentorEval.Reporting.Charts;
using MentorEval.Reporting.Report;
using MentorEval.Reporting.Tests.Support;
using ScottPlot;

namespace MentorEval.Reporting.Tests.Charts;

/// <summary>
/// Issue #15, "charts that do not mislead": at most eight series per chart, legend entries and dyad titles whole, and
/// reverse-scored items marked so red on a negatively worded item reads as the good news it is.
/// </summary>
public sealed class LegibleChartTests
{
    private static readonly string[] Waves = ["Baseline", "Month 3", "Month 6"];

    private static MeanSeries Series(string label, bool comparison, int i) =>
        new(label, comparison, Waves.Select((_, w) => (MeanPoint?)new MeanPoint(3 + 0.1 * i + 0.1 * w, 2.9 + 0.1 * i, 3.2 + 0.1 * i + 0.1 * w)).ToList());

    [Fact]
    public void Twelve_series_are_split_into_charts_of_at_most_eight_each_scale_beside_its_comparison()
    {
        var twelve = Enumerable.Range(0, 6).Select(i => Series($"Scale {i + 1}", false, i))
            .Concat(Enumerable.Range(0, 6).Select(i => Series($"Scale {i + 1} (2025-fall)", true, i))).ToList();

        var charts = ScaleMeansChart.Split(twelve);

        charts.Count.ShouldBe(2);
        charts.ShouldAllBe(c => c.Count <= ScaleMeansChart.MostSeries);
        charts.SelectMany(c => c).Select(s => s.Label).Order().ShouldBe(twelve.Select(s => s.Label).Order());
        foreach (var chart in charts)
            chart.Where(s => s.IsComparison).Select(s => s.Label.Replace(" (2025-fall)", "")).ShouldBe(chart.Where(s => !s.IsComparison).Select(s => s.Label));
        foreach (var chart in charts)
            PngImage.ShouldBeAChart(ScaleMeansChart.Render("Competencies", "Mean score", Waves, chart, 1));
    }

    [Fact]
    public void Eight_series_or_fewer_stay_on_one_chart()
    {
        var eight = Enumerable.Range(0, 8).Select(i => Series($"Scale {i + 1}", false, i)).ToList();

        ScaleMeansChart.Split(eight).ShouldHaveSingleItem().ShouldBe(eight);
    }

    [Fact]
    public void The_report_draws_an_instrument_of_eleven_scales_on_two_charts_of_means()
    {
        var content = MentorEval.Reporting.Content.CohortReportBuilder.Build(SampleCohort.Request());

        var titles = ReportCharts.Plan(content).Select(c => c.Title).Where(t => t.StartsWith("Mentoring practices self-assessment", StringComparison.Ordinal) && t.Contains("mentees' means", StringComparison.Ordinal)).Distinct().ToList();

        titles.Count.ShouldBe(2);
        titles[0].ShouldStartWith("Mentoring practices self-assessment (1 of 2): mentees' means");
        titles[1].ShouldStartWith("Mentoring practices self-assessment (2 of 2): mentees' means");
    }

    [Fact]
    public void A_long_legend_label_appears_whole()
    {
        const string label = "Psychosocial support received from the mentor (career and role-modelling functions)";

        using var plot = ScaleMeansChart.Draw("Means", "Mean score", Waves, [Series(label, false, 0), Series("Short", false, 1)], 1);

        var shown = plot.Legend.ManualItems.Select(i => i.LabelText.Replace('\n', ' ')).ToList();
        shown.ShouldContain(label);
        shown.ShouldAllBe(text => !text.Contains('…'));
    }

    [Fact]
    public void A_long_answer_label_in_a_likert_legend_appears_whole()
    {
        string[] labels = ["Not at all true of my mentoring relationship", "Somewhat true", "Completely true of my mentoring relationship"];

        using var plot = LikertChart.Draw("Answers", labels, [new LikertItem("Q1", [0.2, 0.3, 0.5])]);

        plot.Legend.GetItems().Select(i => i.LabelText.Replace('\n', ' ')).ShouldBe(labels);
    }

    [Fact]
    public void A_dyad_chart_s_long_title_is_not_cut_off()
    {
        const string title = "Perceived relationship quality and satisfaction (Mentoring relationship check-in): mentor against mentee at month-6, 30 pairs";

        using var plot = DyadScatterChart.Draw(title, "Perceived relationship quality and satisfaction", [(2, 3), (4, 4)], 1, 5);

        plot.Axes.Title.Label.Text.Replace('\n', ' ').ShouldBe(title);
        // The scale's long name stays in the title: on the upright axis it would run into the title.
        plot.Axes.Left.Label.Text.ShouldBe("Mentee's score");
        // The square data area starts below the title's lines.
        DyadScatterChart.TitleLineCount(title).ShouldBe(2);
    }

    [Fact]
    public void A_reverse_scored_item_is_marked_and_the_axis_says_what_the_mark_means()
    {
        string[] agreement = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"];
        LikertItem[] items =
        [
            new("Q1: My mentor and I meet as often as we planned", [0.05, 0.1, 0.2, 0.4, 0.25]),
            new("Q2: I have thought about ending this mentoring relationship early", [0.5, 0.25, 0.1, 0.1, 0.05], ReverseScored: true),
        ];

        using var plot = LikertChart.Draw("Answers", agreement, items);

        PngImage.ShouldBeAChart(ChartCanvas.ToPng(plot)); // ticks are laid out when the plot is drawn
        var ticks = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).OrderByDescending(t => t.Position).Select(t => t.Label).ToList();
        ticks[0].ShouldNotContain("reverse-scored");
        ticks[1].ShouldContain("(reverse-scored)");
        ticks[1].ShouldStartWith("Q2: I have thought about ending");
        plot.Axes.Bottom.Label.Text.ShouldContain("Reverse-scored items: disagreeing is the good answer");
    }

    [Fact]
    public void Without_reverse_scored_items_the_axis_carries_no_note()
    {
        using var plot = LikertChart.Draw("Answers", ["No", "Yes"], [new LikertItem("Q1", [0.3, 0.7])]);

        plot.Axes.Bottom.Label.Text.ShouldBe("Share of answers (%)");
    }
}
