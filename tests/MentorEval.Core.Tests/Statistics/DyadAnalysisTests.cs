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
        // R: psych::ICC(cbind(mentor, mentee)[complete.cases(mentor, mentee), ], lmer = FALSE)$results, rows ICC2 and
        // ICC3 (make-references.R, case "Dyads, mentors rate higher"). Issue #15: the ANOVA estimates, no longer
        // psych's default lmer = TRUE (0.348838001311, 0.614646562299 here). Tolerance 1e-9 (closed form on both sides).
        var dyads = DyadAnalysis.Compare(HigherMentor.Mentor, HigherMentor.Mentee);

        var icc2 = dyads.Icc2.ShouldNotBeNull();
        icc2.Value.ShouldBe(0.348837209302, ReferenceAssertions.Psych);
        icc2.F.ShouldMatch(4.19004524887, ReferenceAssertions.Psych);
        icc2.Df1.ShouldBe(14);
        icc2.Df2.ShouldBe(14);
        icc2.P.ShouldBe(0.00564475326304, ReferenceAssertions.Psych);
        icc2.Ci.ShouldMatch(-0.115895871031, 0.729012549269, ReferenceAssertions.Psych);
        var icc3 = dyads.Icc3.ShouldNotBeNull();
        icc3.Value.ShouldBe(0.614646904969, ReferenceAssertions.Psych);
        icc3.F.ShouldMatch(4.19004524887, ReferenceAssertions.Psych);
        icc3.P.ShouldBe(0.00564475326304, ReferenceAssertions.Psych);
        icc3.Ci.ShouldMatch(0.168994250805, 0.851636631594, ReferenceAssertions.Psych);
    }

    [Fact]
    public void Icc_is_the_anova_estimate_of_psych_ICC_lmer_false_when_mentors_and_mentees_agree_on_average()
    {
        // make-references.R, case "judges mean square below residual" (set.seed(1), 14 pairs). Issue #15: the ANOVA
        // estimates ICC2 = 0.8328, ICC3 = 0.8243, not psych's default lmer = TRUE, which pools the judges mean square into
        // the residual and gave 0.8337 for both. R: psych::ICC(cbind(mentor, mentee), lmer = FALSE). Tolerance 1e-9.
        double[] mentor = [3.5, 3.5, 3, 4.75, 4, 3.25, 4.25, 4.25, 4, 2.5, 4.75, 3.75, 3, 1.5];
        double[] mentee = [3, 3.75, 3.5, 4.5, 3.75, 3, 3.25, 3.75, 3.75, 3.25, 4.75, 4, 3, 2];

        var dyads = DyadAnalysis.Compare(mentor, mentee);

        var icc2 = dyads.Icc2.ShouldNotBeNull();
        icc2.Value.ShouldBe(0.832831737346, ReferenceAssertions.Psych);
        icc2.F.ShouldMatch(10.3805855162, ReferenceAssertions.Psych);
        icc2.Df1.ShouldBe(13);
        icc2.Df2.ShouldBe(13);
        icc2.P.ShouldBe(7.85935447289e-05, ReferenceAssertions.Psych);
        icc2.Ci.ShouldMatch(0.557061250477, 0.943132800909, ReferenceAssertions.Psych);
        var icc3 = dyads.Icc3.ShouldNotBeNull();
        icc3.Value.ShouldBe(0.82426211752, ReferenceAssertions.Psych);
        icc3.Ci.ShouldMatch(0.53836349659, 0.940004609565, ReferenceAssertions.Psych);
        // R: cor.test(mentor, mentee); t.test(mentor, mentee, paired=TRUE). Tolerance 1e-9.
        dyads.Correlation.ShouldNotBeNull().R.ShouldBe(0.851278889204, ReferenceAssertions.BaseR);
        dyads.PairedT.ShouldNotBeNull().P.ShouldBe(0.67807770532, ReferenceAssertions.BaseR);
    }

    [Fact]
    public void Icc_is_negative_in_perfect_disagreement_as_psych_ICC_lmer_false_reports()
    {
        // R: psych::ICC(cbind(c(1,2,3,4,5,3,2), c(5,4,3,2,1,3,4)), lmer = FALSE) -> ICC2 = -1.35714285714, ICC3 = -1,
        // F = 0 (psych prints rounding noise, 5.5e-32), p = 1; ICC3 bounds (-1, -1); ICC2 upper bound -1.35714285714.
        // psych's ICC2 lower bound is NaN (its qf warns that it is not accurate); the formula gives the ICC itself, as
        // MentorEval reports. (Until issue #15: psych's default lmer = TRUE, ICC = 0.)
        // cor.test gives r = -1, p = 0, conf.int = (-1, -1). Tolerance 1e-9.
        var dyads = DyadAnalysis.Compare([1.0, 2, 3, 4, 5, 3, 2], [5.0, 4, 3, 2, 1, 3, 4]);

        var icc2 = dyads.Icc2.ShouldNotBeNull();
        icc2.Value.ShouldBe(-1.35714285714, ReferenceAssertions.Psych);
        icc2.F.ShouldMatch(0, ReferenceAssertions.Psych);
        icc2.P.ShouldBe(1, ReferenceAssertions.Psych);
        icc2.Ci.ShouldMatch(-1.35714285714, -1.35714285714, ReferenceAssertions.Psych);
        var icc3 = dyads.Icc3.ShouldNotBeNull();
        icc3.Value.ShouldBe(-1, ReferenceAssertions.Psych);
        icc3.P.ShouldBe(1, ReferenceAssertions.Psych);
        icc3.Ci.ShouldMatch(-1, -1, ReferenceAssertions.Psych);

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
    public void The_same_gap_in_every_pair_leaves_nothing_for_the_t_test_while_the_ICCs_are_their_limits()
    {
        // Issue #15: the ICCs follow psych::ICC(lmer = FALSE) here too (IntraclassAnovaTests); only the t test has nothing.
        var dyads = DyadAnalysis.Compare([4.0, 3, 5, 2], [3.5, 2.5, 4.5, 1.5]);

        dyads.MeanGap.ShouldBe(0.5);
        dyads.PairedT.ShouldBeNull();
        dyads.Icc3.ShouldNotBeNull().Value.ShouldBe(1);
        dyads.Correlation.ShouldNotBeNull().R.ShouldBe(1, 1e-12);
        dyads.Reasons.Count.ShouldBe(2); // the t test's, and the ICC F test's (unbounded)
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
