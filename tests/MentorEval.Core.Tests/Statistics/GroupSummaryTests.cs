using MentorEval.Core.Statistics;

namespace MentorEval.Core.Tests.Statistics;

public sealed class GroupSummaryTests
{
    // make-references.R, case "Describe" (set.seed(101); 25 quarter-step scores, 2 missing).
    private static readonly double[] Scores =
        [3.25, 3.75, 2.75, double.NaN, 3.75, 4.25, 4, 3.25, 4.25, 3.25, 3.75, 2.75, 4.5, 2.25, 3.25, 3.25, double.NaN, 3.5, 2.75, 1.75, 3.25, 4, 3.25, 2.25, 4];

    [Fact]
    public void Describe_matches_R_mean_sd_quantile_type_7_and_t_test_interval()
    {
        // R: mean(x, na.rm=TRUE); sd(x, na.rm=TRUE); quantile(x, c(.25, .5, .75), na.rm=TRUE); t.test(x)$conf.int;
        // range(x, na.rm=TRUE). Tolerance 1e-9.
        var summary = GroupSummary.Describe(Scores);

        summary.N.ShouldBe(23);
        summary.Missing.ShouldBe(2);
        summary.Mean.ShouldMatch(3.34782608696, ReferenceAssertions.BaseR);
        summary.Sd.ShouldMatch(0.702022769132, ReferenceAssertions.BaseR);
        summary.Q1.ShouldMatch(3, ReferenceAssertions.BaseR);
        summary.Median.ShouldMatch(3.25, ReferenceAssertions.BaseR);
        summary.Q3.ShouldMatch(3.875, ReferenceAssertions.BaseR);
        summary.MeanCi.ShouldMatch(3.04424867668, 3.65140349723, ReferenceAssertions.BaseR);
        summary.Min.ShouldBe(1.75);
        summary.Max.ShouldBe(4.5);
        summary.Reasons.ShouldBeEmpty();
    }

    [Theory]
    // R: quantile(c(1, 2, 4, 7), c(.25, .5, .75)) = 1.75, 3, 4.75 (type 7 interpolates between order statistics).
    [InlineData(new[] { 7.0, 1, 4, 2 }, 1.75, 3.0, 4.75)]
    // R: quantile(c(2, 5, 5, 5, 9)) = 5, 5, 5.
    [InlineData(new[] { 5.0, 9, 5, 2, 5 }, 5.0, 5.0, 5.0)]
    public void Quartiles_follow_R_quantile_type_7(double[] scores, double q1, double median, double q3)
    {
        var summary = GroupSummary.Describe(scores);

        summary.Q1.ShouldMatch(q1, 1e-12);
        summary.Median.ShouldMatch(median, 1e-12);
        summary.Q3.ShouldMatch(q3, 1e-12);
    }

    [Fact]
    public void Band_shares_match_R_cut_with_right_closed_bands()
    {
        // R: table(cut(x, c(-Inf, 2.5, 3.5, 5), right = TRUE)) / 23. Tolerance 1e-12.
        var shares = GroupSummary.ShareByBand(Scores, [2.5, 3.5, 5]);

        shares.N.ShouldBe(23);
        shares.Missing.ShouldBe(2);
        shares.Bands.Select(b => b.Count).ShouldBe([3, 11, 9]);
        shares.Bands[0].Share.ShouldMatch(0.130434782609, 1e-12);
        shares.Bands[1].Share.ShouldMatch(0.478260869565, 1e-12);
        shares.Bands[2].Share.ShouldMatch(0.391304347826, 1e-12);
        shares.AboveAllBands.ShouldBe(0);
    }

    [Fact]
    public void A_score_on_a_band_bound_belongs_to_that_band_and_scores_above_the_last_bound_to_none()
    {
        var shares = GroupSummary.ShareByBand([2.0, 2.5, 3.0, 6.0], [2.5, 5]);

        shares.Bands.Select(b => b.Count).ShouldBe([2, 1]);
        shares.AboveAllBands.ShouldBe(1);
        shares.Bands[0].Share.ShouldBe(0.5);
    }

    [Fact]
    public void Band_bounds_that_do_not_increase_are_a_bug()
    {
        Should.Throw<ArgumentException>(() => GroupSummary.ShareByBand([1.0], [3, 2]));
    }

    [Fact]
    public void Band_shares_of_a_group_without_scores_are_null_with_a_reason()
    {
        var shares = GroupSummary.ShareByBand([double.NaN], [2.5, 5]);

        shares.Bands.ShouldAllBe(b => b.Share == null && b.Count == 0);
        shares.Reasons.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_group_without_scores_has_no_statistics_and_says_why()
    {
        var summary = GroupSummary.Describe([double.NaN, double.NaN]);

        summary.N.ShouldBe(0);
        summary.Missing.ShouldBe(2);
        summary.Mean.ShouldBeNull();
        summary.Median.ShouldBeNull();
        summary.MeanCi.ShouldBeNull();
        summary.Reasons.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_single_score_has_a_mean_but_no_sd_or_interval()
    {
        var summary = GroupSummary.Describe([4.0]);

        summary.Mean.ShouldBe(4.0);
        summary.Median.ShouldBe(4.0);
        summary.Sd.ShouldBeNull();
        summary.MeanCi.ShouldBeNull();
        summary.Reasons.Count.ShouldBe(2);
    }

    [Fact]
    public void Equal_scores_have_zero_sd_and_no_interval_as_R_t_test_refuses_constant_data()
    {
        var summary = GroupSummary.Describe([0.1, 0.1, 0.1]);

        summary.Mean.ShouldBe(0.1);
        summary.Sd.ShouldBe(0);
        summary.MeanCi.ShouldBeNull();
        summary.Reasons.ShouldHaveSingleItem().ShouldContain("same");
    }

    [Fact]
    public void An_infinite_score_is_a_bug_not_a_missing_value()
    {
        Should.Throw<ArgumentException>(() => GroupSummary.Describe([1.0, double.PositiveInfinity]));
    }
}
