using MentorEval.Reporting.Content;
using MentorEval.Reporting.Tests.Support;

namespace MentorEval.Reporting.Tests.Content;

/// <summary>The reliability rows the web's instruments page shows are the report's Reliability sheet rows, to the last figure.</summary>
public sealed class ReliabilityOfTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(30)]
    public void A_cohort_s_reliability_on_its_own_equals_the_rows_of_its_report(int minimumCell)
    {
        var cohort = SampleCohort.Earliest;
        var report = CohortReportBuilder.Build(SampleCohort.Request(cohort, minimumCell: minimumCell));

        var alone = CohortReportBuilder.ReliabilityOf(cohort, SampleCohort.Responses, minimumCell);

        alone.Count.ShouldBe(report.Reliability.Count);
        alone.Count(r => r.Suppressed).ShouldBe(report.Reliability.Count(r => r.Suppressed));
        for (var i = 0; i < alone.Count; i++)
        {
            var (mine, theirs) = (alone[i], report.Reliability[i]);
            (mine.Instrument, mine.Scale, mine.Wave, mine.Role, mine.Respondents).ShouldBe((theirs.Instrument, theirs.Scale, theirs.Wave, theirs.Role, theirs.Respondents));
            mine.Reliability?.RawAlpha.ShouldBe(theirs.Reliability?.RawAlpha);
            mine.Reliability?.AlphaInterval.ShouldBe(theirs.Reliability?.AlphaInterval);
            mine.Reliability?.OmegaTotal.ShouldBe(theirs.Reliability?.OmegaTotal);
        }
    }
}
