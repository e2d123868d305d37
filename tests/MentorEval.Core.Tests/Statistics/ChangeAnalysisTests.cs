using MentorEval.Core.Statistics;

namespace MentorEval.Core.Tests.Statistics;

public sealed class ChangeAnalysisTests
{
    [Fact]
    public void Paired_t_d_z_and_exact_Wilcoxon_match_R_without_ties()
    {
        // make-references.R, case "Paired change, no ties or zeros" (set.seed(202); pair 3 lacks post).
        // R: t.test(post, pre, paired=TRUE); mean(d)/sd(d); wilcox.test(post, pre, paired=TRUE) (exact). Tolerance 1e-9.
        double[] pre = [2.32, 2.74, 2.8, 2.49, 2.91, 2.14, 2.53, 1.84, 3.19, 3.28, 2.92, 3.71, 2.53, 2.94];
        double[] post = [3.45, 2.91, double.NaN, 2.51, 3.69, 3.16, 3, 2.58, 3.94, 3.95, 3.4, 4.14, 3.12, 3.45];

        var change = ChangeAnalysis.Paired(pre, post);

        change.NPaired.ShouldBe(13);
        change.Excluded.ShouldBe(1);
        change.MeanChange.ShouldMatch(0.596923076923, ReferenceAssertions.BaseR);
        change.SdChange.ShouldMatch(0.306359935789, ReferenceAssertions.BaseR);
        var t = change.PairedT.ShouldNotBeNull();
        t.T.ShouldBe(7.02519001322, ReferenceAssertions.BaseR);
        t.Df.ShouldBe(12);
        t.P.ShouldBe(1.38468878308e-05, ReferenceAssertions.BaseR);
        t.Ci.ShouldMatch(0.411791620567, 0.782054533279, ReferenceAssertions.BaseR);
        change.CohensDz.ShouldMatch(1.94843713943, ReferenceAssertions.BaseR);
        var wilcoxon = change.SignedRank.ShouldNotBeNull();
        wilcoxon.Method.ShouldBe(SignedRankMethod.Exact);
        wilcoxon.V.ShouldBe(91);
        wilcoxon.P.ShouldBe(0.000244140625, ReferenceAssertions.BaseR);
        change.Reasons.ShouldBeEmpty();
    }

    [Fact]
    public void Wilcoxon_with_ties_and_zeros_uses_R_normal_approximation_with_continuity_and_tie_correction()
    {
        // make-references.R, case "Paired change with ties and zeros" (set.seed(303); pair 9 lacks pre).
        // R: wilcox.test(post, pre, paired=TRUE) -> "Wilcoxon signed rank test with continuity correction";
        // t.test(post, pre, paired=TRUE). Tolerance 1e-9.
        double[] pre = [2.75, 3.25, 3.25, 3.25, 2.75, 4, 2.25, 2.5, double.NaN, 3.5, 3.75, 3.75, 3.75, 3.75, 2.5, 2.5, 3.75, 2.75, 2.75, 3.5, 3.5, 3.25];
        double[] post = [2.5, 3.25, 3.75, 3.5, 3, 3.75, 3.5, 3, 3, 3.25, 4, 4.25, 4, 3.5, 3.25, 3, 3.5, 3, 3.75, 4, 4, 3.5];

        var change = ChangeAnalysis.Paired(pre, post);

        change.NPaired.ShouldBe(21);
        change.MeanChange.ShouldMatch(0.297619047619, ReferenceAssertions.BaseR);
        change.SdChange.ShouldMatch(0.415474484919, ReferenceAssertions.BaseR);
        var t = change.PairedT.ShouldNotBeNull();
        t.T.ShouldBe(3.28266082149, ReferenceAssertions.BaseR);
        t.Df.ShouldBe(20);
        t.P.ShouldBe(0.00372150661943, ReferenceAssertions.BaseR);
        t.Ci.ShouldMatch(0.108497329506, 0.486740765732, ReferenceAssertions.BaseR);
        change.CohensDz.ShouldMatch(0.716335318827, ReferenceAssertions.BaseR);
        var wilcoxon = change.SignedRank.ShouldNotBeNull();
        wilcoxon.Method.ShouldBe(SignedRankMethod.NormalApproximation);
        wilcoxon.ZerosDropped.ShouldBe(1);
        wilcoxon.N.ShouldBe(20);
        wilcoxon.HasTies.ShouldBeTrue();
        wilcoxon.V.ShouldBe(180);
        wilcoxon.P.ShouldBe(0.0044383408548, ReferenceAssertions.BaseR);
    }

    [Fact]
    public void Wilcoxon_on_50_or_more_changes_uses_the_normal_approximation_even_without_ties_as_R()
    {
        // make-references.R, case "60 pairs without ties": i = 1:60; pre = 2 + (i %% 7)/4;
        // post = pre + ifelse(i %% 3 == 0, -1, 1) * i/8. R: wilcox.test(post, pre, paired=TRUE). Tolerance 1e-9.
        var i = Enumerable.Range(1, 60).ToArray();
        var pre = i.Select(k => 2 + k % 7 / 4.0).ToArray();
        var post = i.Select((k, j) => pre[j] + (k % 3 == 0 ? -1 : 1) * k / 8.0).ToArray();

        var wilcoxon = ChangeAnalysis.Paired(pre, post).SignedRank.ShouldNotBeNull();

        wilcoxon.Method.ShouldBe(SignedRankMethod.NormalApproximation);
        wilcoxon.HasTies.ShouldBeFalse();
        wilcoxon.V.ShouldBe(1200);
        wilcoxon.P.ShouldBe(0.0362264941788, ReferenceAssertions.BaseR);
    }

    [Fact]
    public void A_single_pair_has_a_mean_change_but_no_t_test_or_d_z()
    {
        var change = ChangeAnalysis.Paired([3.0, double.NaN], [4.0, 5.0]);

        change.NPaired.ShouldBe(1);
        change.Excluded.ShouldBe(1);
        change.MeanChange.ShouldBe(1.0);
        change.SdChange.ShouldBeNull();
        change.PairedT.ShouldBeNull();
        change.CohensDz.ShouldBeNull();
        change.Reasons.ShouldContain(r => r.StartsWith("Paired t-test"));
    }

    [Fact]
    public void The_same_change_for_everyone_has_no_t_test_or_d_z()
    {
        var change = ChangeAnalysis.Paired([1.0, 2, 3, 4], [1.5, 2.5, 3.5, 4.5]);

        change.MeanChange.ShouldBe(0.5);
        change.SdChange.ShouldBe(0);
        change.PairedT.ShouldBeNull();
        change.CohensDz.ShouldBeNull();
        change.Reasons.ShouldHaveSingleItem().ShouldContain("same");
    }

    [Fact]
    public void No_change_at_all_has_no_Wilcoxon_test()
    {
        var change = ChangeAnalysis.Paired([1.0, 2, 3], [1.0, 2, 3]);

        change.SignedRank.ShouldBeNull();
        change.Reasons.ShouldContain(r => r.StartsWith("Wilcoxon"));
    }

    [Fact]
    public void No_complete_pairs_gives_no_statistics_and_a_reason()
    {
        var change = ChangeAnalysis.Paired([double.NaN, 2], [1.0, double.NaN]);

        change.NPaired.ShouldBe(0);
        change.Excluded.ShouldBe(2);
        change.MeanChange.ShouldBeNull();
        change.Reasons.ShouldNotBeEmpty();
    }

    [Fact]
    public void Pre_and_post_of_different_lengths_are_a_bug()
    {
        Should.Throw<ArgumentException>(() => ChangeAnalysis.Paired([1.0, 2], [1.0]));
    }
}
