using MentorEval.Core.Pairs;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Report;
using MentorEval.Reporting.Tests.Support;

namespace MentorEval.Reporting.Tests.Content;

public class CohortReportBuilderTests
{
    private static readonly Lazy<CohortReportContent> Content = new(() => CohortReportBuilder.Build(SampleCohort.Request()));

    [Fact]
    public void Item_distributions_count_every_point_of_the_scale_even_unlabelled_ones()
    {
        // mca-26 answers 1–7 but labels only 1, 4 and 7.
        var row = Content.Value.Items.First(i => i.Instrument == "mca-26" && !i.Suppressed);

        row.Labels.ShouldBe(["Not at all skilled", "2", "3", "Moderately skilled", "5", "6", "Extremely skilled"]);
        row.Counts!.Sum().ShouldBe(row.Answered);
        Enumerable.Range(0, row.Labels.Count).Sum(j => row.Share(j)!.Value).ShouldBe(1.0, 1e-12);
    }

    [Fact]
    public void Response_rates_count_each_respondent_once_per_wave_against_the_pairs_still_running()
    {
        var content = Content.Value;
        var pairs = SampleCohort.Roster.Where(p => p.Cohort == content.Cohort).ToList();
        var first = content.ResponseRates.First(r => r.Role == Role.Mentee);

        var answered = SampleCohort.Responses.SelectMany(i => i.Responses)
            .Where(r => r.Cohort == content.Cohort && r.Wave == first.Wave && r.Role == Role.Mentee)
            .Select(r => r.RespondentId).Distinct().Count();
        first.Responded.ShouldBe(answered);
        first.Expected.ShouldBeLessThanOrEqualTo(pairs.Count);
        first.Rate!.Value.ShouldBe((double)answered / first.Expected, 1e-12);
    }

    [Fact]
    public void Pseudonyms_are_stable_distinct_and_reveal_no_id()
    {
        var ids = new[] { "M0007", "E0003", "M0001" };
        var once = Pseudonyms.For("R-", "2025-fall", ids);
        var again = Pseudonyms.For("R-", "2025-fall", ids.Reverse());

        ids.Select(id => once[id]).ShouldBe(ids.Select(id => again[id]));
        ids.Select(id => once[id]).Distinct().Count().ShouldBe(3);
        ids.Select(id => once[id]).ShouldAllBe(p => p.StartsWith("R-") && !ids.Any(p.Contains));
    }

    [Fact]
    public void The_range_of_a_mean_scale_is_its_answer_scale_and_reverse_keys_do_not_change_it()
    {
        var mca = SampleCohort.Instruments.Value.Single(i => i.Id == "mca-26");

        ScaleRange.Of(mca, mca.Scales[0]).ShouldBe(new ScaleRange(1, 7));
        ScaleRange.Of(mca, mca.Scales[0])!.Position(4).ShouldBe(0.5);
    }

    [Fact]
    public void Headlines_describe_the_cohort_its_response_and_its_risk_in_sentences()
    {
        var content = CohortReportBuilder.Build(SampleCohort.Request(risk: SampleCohort.Risk(SampleCohort.Latest)));

        content.Headlines[0].ShouldStartWith($"Cohort {content.Cohort} has {SampleCohort.Roster.Count(p => p.Cohort == content.Cohort)} pairs");
        content.Headlines.ShouldContain(h => h.Contains("answered"));
        content.Headlines.ShouldContain(h => h.Contains("Lowest-rated"));
        content.Headlines.Last().ShouldContain("flagged as at risk of closing early");
        content.Headlines.Last().ShouldContain("by the documented rules");
    }

    [Theory]
    [InlineData("mentor and mentee disagree on engagement by 0.8 points (the mentor rates it higher)", "mentor and mentee disagree on engagement by … points")]
    [InlineData("the mentee missed 2 of 3 relationship check-in waves so far", "the mentee missed … of … relationship check-in waves so far")]
    [InlineData("no survey answer from either side for 41 days", "no survey answer from either side for … days")]
    [InlineData("no mentoring relationship check-in from the mentor since month-3", "no mentoring relationship check-in from the mentor since month-3")]
    public void Reasons_of_the_same_kind_are_counted_together_without_their_figures(string reason, string kind) =>
        ReasonKind.Of(reason).ShouldBe(kind);
}
