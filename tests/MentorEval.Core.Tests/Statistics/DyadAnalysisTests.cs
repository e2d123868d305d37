using MentorEval.Core.Statistics;

namespace MentorEval.Core.Tests.Statistics;

public sealed class DyadAnalysisTests
{
    [Fact]
    public void Gap_paired_t_and_correlation_match_R_when_mentors_rate_higher()
    {
        // make-references.R, case "Dyads, mentors rate higher" (set.seed(606); pair 5 lacks the mentor score).
        // R: mean(d), mean(abs(d)); t.test(mentor, mentee, paired=TRUE); cor.test(mentor, mentee). Tolerance 1e-9.
        var dyads = DyadAnalysis.Compare(HigherMentor.Mentor, HigherMentor.Mentee);

        dyads.NPairs.ShouldBe(15);
        dyads.Excluded.ShouldBe(1);
        dyads.MeanGap.ShouldMatch(0.733333333333, ReferenceAssertions.BaseR);
        dyads.MeanAbsoluteGap.ShouldMatch(0.766666666667, ReferenceAssertions.BaseR);
        var t = dyads.PairedT.ShouldNotBeNull();
        t.T.ShouldBe(5.53720448278, ReferenceAssertions.BaseR);
        t.Df.ShouldBe(14);
        t.P.ShouldBe(7.32015069742e-05, ReferenceAssertions.BaseR);
        t.Ci.ShouldMatch(0.449283218148, 1.01738344852, ReferenceAssertions.BaseR);
        var r = dyads.Correlation.ShouldNotBeNull();
        r.N.ShouldBe(15);
        r.R.ShouldBe(0.621267158559, ReferenceAssertions.BaseR);
        r.P.ShouldBe(0.0134331344582, ReferenceAssertions.BaseR);
        r.Ci.ShouldMatch(0.159889471851, 0.85987347823, ReferenceAssertions.BaseR);
        dyads.Reasons.ShouldBeEmpty();
    }

    [Fact]
    public void Icc2_and_Icc3_match_psych_ICC_when_mentors_rate_higher()
    {
        // R: psych::ICC(cbind(mentor, mentee)[complete.cases(mentor, mentee), ])$results, rows ICC2 and ICC3
        // (psych 2.2.9, lmer = TRUE). Tolerance 1e-5: psych takes the mean squares from an lme4 fit.
        var dyads = DyadAnalysis.Compare(HigherMentor.Mentor, HigherMentor.Mentee);

        var icc2 = dyads.Icc2.ShouldNotBeNull();
        icc2.Value.ShouldBe(0.34883800131, ReferenceAssertions.Psych);
        icc2.F.ShouldBe(4.19004063374, ReferenceAssertions.Psych);
        icc2.Df1.ShouldBe(14);
        icc2.Df2.ShouldBe(14);
        icc2.P.ShouldBe(0.00564478241828, ReferenceAssertions.Psych);
        icc2.Ci.ShouldMatch(-0.115895965689, 0.72901300449, ReferenceAssertions.Psych);
        var icc3 = dyads.Icc3.ShouldNotBeNull();
        icc3.Value.ShouldBe(0.614646562303, ReferenceAssertions.Psych);
        icc3.F.ShouldBe(4.19004063374, ReferenceAssertions.Psych);
        icc3.P.ShouldBe(0.00564478241828, ReferenceAssertions.Psych);
        icc3.Ci.ShouldMatch(0.168993715808, 0.851636480302, ReferenceAssertions.Psych);
    }

    [Fact]
    public void Icc_matches_psych_ICC_default_lmer_when_mentors_and_mentees_agree_on_average()
    {
        // make-references.R, case "judges mean square below residual" (set.seed(1), 14 pairs). psych's lmer fit
        // cannot give the raters a negative variance, so ICC2 = ICC3 = 0.8337 where ICC(lmer = FALSE) gives
        // 0.8328 and 0.8243. R: psych::ICC(cbind(mentor, mentee)). Tolerance 1e-5.
        double[] mentor = [3.5, 3.5, 3, 4.75, 4, 3.25, 4.25, 4.25, 4, 2.5, 4.75, 3.75, 3, 1.5];
        double[] mentee = [3, 3.75, 3.5, 4.5, 3.75, 3, 3.25, 3.75, 3.75, 3.25, 4.75, 4, 3, 2];

        var dyads = DyadAnalysis.Compare(mentor, mentee);

        var icc2 = dyads.Icc2.ShouldNotBeNull();
        icc2.Value.ShouldBe(0.833696198478, ReferenceAssertions.Psych);
        icc2.F.ShouldBe(11.0261832965, ReferenceAssertions.Psych);
        icc2.Df1.ShouldBe(13);
        icc2.Df2.ShouldBe(13);
        icc2.P.ShouldBe(5.62466238262e-05, ReferenceAssertions.Psych);
        icc2.Ci.ShouldMatch(0.570802980553, 0.942831206993, ReferenceAssertions.Psych);
        var icc3 = dyads.Icc3.ShouldNotBeNull();
        icc3.Value.ShouldBe(0.833696198478, ReferenceAssertions.Psych);
        icc3.Ci.ShouldMatch(0.559438872208, 0.943418039074, ReferenceAssertions.Psych);
        // R: cor.test(mentor, mentee); t.test(mentor, mentee, paired=TRUE). Tolerance 1e-9.
        dyads.Correlation.ShouldNotBeNull().R.ShouldBe(0.851278889204, ReferenceAssertions.BaseR);
        dyads.PairedT.ShouldNotBeNull().P.ShouldBe(0.67807770532, ReferenceAssertions.BaseR);
    }

    [Fact]
    public void Icc_is_0_not_negative_in_perfect_disagreement_as_psych_ICC_reports()
    {
        // R: psych::ICC(cbind(c(1,2,3,4,5,3,2), c(5,4,3,2,1,3,4))) -> ICC2 = ICC3 = 0, F = 1, p = 0.5;
        // cor.test gives r = -1, p = 0, conf.int = (-1, -1). Tolerance 1e-5 (psych), 1e-9 (cor.test).
        var dyads = DyadAnalysis.Compare([1.0, 2, 3, 4, 5, 3, 2], [5.0, 4, 3, 2, 1, 3, 4]);

        foreach (var icc in new[] { dyads.Icc2, dyads.Icc3 })
        {
            icc.ShouldNotBeNull();
            icc.Value.ShouldBe(0, ReferenceAssertions.Psych);
            icc.F.ShouldBe(1, ReferenceAssertions.Psych);
            icc.P.ShouldBe(0.5, ReferenceAssertions.Psych);
            icc.Ci.ShouldMatch(-0.706734400731, 0.706734400731, ReferenceAssertions.Psych);
        }

        var r = dyads.Correlation.ShouldNotBeNull();
        r.R.ShouldBe(-1);
        r.P.ShouldBe(0, ReferenceAssertions.BaseR);
        r.Ci.ShouldMatch(-1, -1, ReferenceAssertions.BaseR);
    }

    [Fact]
    public void Every_pair_gets_its_difference_and_absolute_gap_in_input_order()
    {
        var dyads = DyadAnalysis.Compare([4.0, double.NaN, 2.5], [3.0, 3.5, 4.0]);

        dyads.Pairs.ShouldBe([
            new PairGap(4.0, 3.0, 1.0, 1.0),
            new PairGap(null, 3.5, null, null),
            new PairGap(2.5, 4.0, -1.5, 1.5),
        ]);
        dyads.NPairs.ShouldBe(2);
        dyads.Excluded.ShouldBe(1);
        dyads.MeanGap.ShouldBe(-0.25);
        dyads.MeanAbsoluteGap.ShouldBe(1.25);
    }

    [Fact]
    public void The_same_gap_in_every_pair_leaves_nothing_for_the_t_test_and_ICC()
    {
        var dyads = DyadAnalysis.Compare([4.0, 3, 5, 2], [3.5, 2.5, 4.5, 1.5]);

        dyads.MeanGap.ShouldBe(0.5);
        dyads.PairedT.ShouldBeNull();
        dyads.Icc2.ShouldBeNull();
        dyads.Icc3.ShouldBeNull();
        dyads.Correlation.ShouldNotBeNull().R.ShouldBe(1, 1e-12);
        dyads.Reasons.Count.ShouldBe(2);
    }

    [Fact]
    public void Too_few_pairs_give_null_statistics_with_reasons()
    {
        var one = DyadAnalysis.Compare([4.0, double.NaN], [3.0, 2.0]);
        var three = DyadAnalysis.Compare([4.0, 3, 5], [3.0, 3.5, 4.5]);

        one.PairedT.ShouldBeNull();
        one.Correlation.ShouldBeNull();
        one.Icc2.ShouldBeNull();
        one.Reasons.Count.ShouldBe(3);
        three.Correlation.ShouldNotBeNull().Ci.ShouldBeNull();
        three.Reasons.ShouldHaveSingleItem().ShouldContain("4 pairs");
    }

    private static class HigherMentor
    {
        public static readonly double[] Mentor = [4.5, 3.75, 3.5, 3.75, double.NaN, 3, 4.75, 3.5, 4.5, 4.25, 4, 3.5, 2.75, 4, 5, 3.75];
        public static readonly double[] Mentee = [3.25, 3.5, 2.25, 3, 3.25, 3.25, 3, 3.25, 4.25, 3.75, 3.25, 2.75, 2.25, 3.25, 3.75, 2.75];
    }
}
