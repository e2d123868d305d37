using MentorEval.Core.Statistics;

namespace MentorEval.Core.Tests.Statistics;

public sealed class GroupComparisonTests
{
    // make-references.R, case "Two groups" (set.seed(404); one score of b missing).
    private static readonly double[] A = [4, 3.75, 3.5, 3.5, 3.25, 4.25, 3.25, 4, 3.5, 4.5, 3.5, 3.25];
    private static readonly double[] B = [2.5, 3, 1.75, 2, 3.25, double.NaN, 4.25, 2.5, 4.75, 2.75, 2, 3.75, 4, 2, 3.25, 3, 3.75, 3, 4.5];

    // make-references.R, case "Several groups" (set.seed(505); one score of g2 missing).
    private static readonly double[] G1 = [2.5, 2.5, 2.25, 2.5, 2.75, 2.75, 2.75, 3];
    private static readonly double[] G2 = [4, double.NaN, 1.5, 3.5, 3.25, 3.5, 4, 4, 4, 4.75, 4.25];
    private static readonly double[] G3 = [2.75, 2, 3, 3.75, 3.5, 3.75, 3.5, 3, 3.25, 3.25, 4, 2.5, 4.25, 3];

    [Fact]
    public void Welch_t_matches_R_t_test_on_unequal_variances()
    {
        // R: t.test(a, b) (Welch, var.equal = FALSE). Tolerance 1e-9.
        var comparison = GroupComparison.TwoGroups(A, B);

        comparison.A.N.ShouldBe(12);
        comparison.B.N.ShouldBe(18);
        comparison.B.Missing.ShouldBe(1);
        var welch = comparison.WelchT.ShouldNotBeNull();
        welch.T.ShouldBe(2.34986253426, ReferenceAssertions.BaseR);
        welch.Df.ShouldBe(25.4438463898, ReferenceAssertions.BaseR);
        welch.P.ShouldBe(0.0268300358394, ReferenceAssertions.BaseR);
        welch.Ci.ShouldMatch(0.0716589326632, 1.08111884511, ReferenceAssertions.BaseR);
    }

    [Fact]
    public void Hedges_g_is_pooled_sd_d_times_the_small_sample_correction()
    {
        // R: sp <- sqrt(((n1-1)*var(a) + (n2-1)*var(b)) / (n1+n2-2)); (mean(a)-mean(b))/sp * (1 - 3/(4*(n1+n2)-9)).
        // Tolerance 1e-9.
        GroupComparison.TwoGroups(A, B).HedgesG.ShouldMatch(0.743781972689, ReferenceAssertions.BaseR);
    }

    [Fact]
    public void Welch_anova_matches_R_oneway_test()
    {
        // R: oneway.test(y ~ g). Tolerance 1e-9.
        var welch = GroupComparison.OneWay([G1, G2, G3]).WelchAnova.ShouldNotBeNull();

        welch.F.ShouldBe(10.735800072, ReferenceAssertions.BaseR);
        welch.Df1.ShouldBe(2);
        welch.Df2.ShouldBe(17.003788991, ReferenceAssertions.BaseR);
        welch.P.ShouldBe(0.000965852864895, ReferenceAssertions.BaseR);
    }

    [Fact]
    public void Classic_anova_matches_R_oneway_test_with_equal_variances()
    {
        // R: oneway.test(y ~ g, var.equal = TRUE). Tolerance 1e-9.
        var comparison = GroupComparison.OneWay([G1, G2, G3]);
        var classic = comparison.ClassicAnova.ShouldNotBeNull();

        classic.F.ShouldBe(5.93426275377, ReferenceAssertions.BaseR);
        classic.Df1.ShouldBe(2);
        classic.Df2.ShouldBe(29);
        classic.P.ShouldBe(0.00691243272133, ReferenceAssertions.BaseR);
        comparison.Groups.Select(g => g.N).ShouldBe([8, 10, 14]);
        comparison.SmallestGroupN.ShouldBe(8);
    }

    [Fact]
    public void Welch_anova_of_two_groups_is_the_square_of_Welch_t()
    {
        var anova = GroupComparison.OneWay([A, B]).WelchAnova.ShouldNotBeNull();
        var t = GroupComparison.TwoGroups(A, B).WelchT.ShouldNotBeNull();

        anova.F.ShouldBe(t.T * t.T, 1e-9);
        anova.Df2.ShouldBe(t.Df, 1e-9);
        anova.P.ShouldBe(t.P, 1e-9);
    }

    [Fact]
    public void A_group_with_one_score_gives_no_tests_as_R_needs_two_per_group()
    {
        var two = GroupComparison.TwoGroups([3.0], [1.0, 2, 3]);
        var several = GroupComparison.OneWay([new[] { 3.0, 4 }, new[] { 2.0, double.NaN }, new[] { 1.0, 2 }]);

        two.WelchT.ShouldBeNull();
        two.HedgesG.ShouldBeNull();
        two.MeanDifference.ShouldBe(1.0);
        two.Reasons.ShouldHaveSingleItem();
        several.WelchAnova.ShouldBeNull();
        several.ClassicAnova.ShouldBeNull();
        several.Reasons.ShouldHaveSingleItem().ShouldContain("group 2 has 1");
    }

    [Fact]
    public void Groups_without_spread_give_no_tests()
    {
        var two = GroupComparison.TwoGroups([3.0, 3, 3], [4.0, 4]);
        var several = GroupComparison.OneWay([new[] { 3.0, 3 }, new[] { 4.0, 4, 4 }]);

        two.WelchT.ShouldBeNull();
        two.HedgesG.ShouldBeNull();
        several.WelchAnova.ShouldBeNull();
        several.ClassicAnova.ShouldBeNull();
        several.Reasons.Count.ShouldBe(2);
    }

    [Fact]
    public void A_single_group_cannot_be_compared()
    {
        var several = GroupComparison.OneWay([new[] { 3.0, 4, 5 }]);

        several.WelchAnova.ShouldBeNull();
        several.Reasons.ShouldHaveSingleItem().ShouldContain("at least 2 groups");
    }
}
