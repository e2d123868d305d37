using MentorEval.Core.Analysis;
using MentorEval.Reporting.Charts;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Report;
using MentorEval.Reporting.Tests.Support;

namespace MentorEval.Reporting.Tests.Charts;

/// <summary>Issue #15, "charts that do not mislead": score axes from the scale's minimum, "by wave" only across waves.</summary>
public sealed class HonestChartTests
{
    [Fact]
    public void A_score_chart_s_y_axis_starts_at_the_scale_s_minimum_so_small_differences_look_small()
    {
        var (bottom, top) = ScaleMeansChart.YLimits(3.4, 4.2, scaleMinimum: 1);

        bottom.ShouldBe(1);
        top.ShouldBeGreaterThan(4.2);
        // Without a known range the axis hugs the data, as before.
        ScaleMeansChart.YLimits(3.4, 4.2, scaleMinimum: null).Bottom.ShouldBeInRange(3.3, 3.4);
    }

    [Fact]
    public void Charts_of_a_cohort_answering_one_wave_name_that_wave_instead_of_saying_by_wave()
    {
        var first = SampleCohort.Responses.SelectMany(i => i.Responses).Where(r => r.Cohort == SampleCohort.Latest).Select(r => r.Wave).Distinct().Order(StringComparer.Ordinal).First();
        var oneWave = SampleCohort.Responses.Select(i => new InstrumentResponses(i.Instrument, i.Responses.Where(r => r.Wave == first).ToList())).ToList();
        var content = CohortReportBuilder.Build(SampleCohort.Request(responses: oneWave));

        var titles = ReportCharts.Plan(content).Select(c => c.Title).ToList();

        titles.ShouldNotContain(t => t.Contains("by wave", StringComparison.Ordinal));
        titles.ShouldContain($"Response rates at {first} and role");
        titles.ShouldContain(t => t.Contains($"means at {first}", StringComparison.Ordinal));
    }

    [Fact]
    public void Charts_of_a_cohort_answering_several_waves_say_by_wave()
    {
        var content = CohortReportBuilder.Build(SampleCohort.Request());

        content.Analysis.Waves.Count.ShouldBeGreaterThan(1);
        ReportCharts.Plan(content).Select(c => c.Title).ShouldContain("Response rates by wave and role");
    }
}
