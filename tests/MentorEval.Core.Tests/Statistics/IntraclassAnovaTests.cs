using MentorEval.Core.Statistics;

namespace MentorEval.Core.Tests.Statistics;

/// <summary>
/// Issue #15: the ICCs are psych::ICC(x, lmer = FALSE)'s ANOVA estimates, also where there is no residual variation.
/// Values printed by Fixtures/make-references.R (R 4.2.2, psych 2.2.9). psych's residual mean square there is rounding
/// noise (~1e-32), so its F is astronomical and its p about 0; MentorEval takes the exact limits (p = 0; F, unbounded, left out with a reason).
/// </summary>
public sealed class IntraclassAnovaTests
{
    [Fact]
    public void Perfect_agreement_gives_icc_1_with_bounds_1_as_psych_ICC_lmer_false()
    {
        // R: psych::ICC(cbind(c(4,3,5,2,3.5), c(4,3,5,2,3.5)), lmer = FALSE)$results -> ICC2 = ICC3 = 1, bounds (1, 1),
        // df 4 and 4 (case "Dyads in perfect agreement"). Tolerance 1e-9.
        var dyads = DyadAnalysis.Compare([4.0, 3, 5, 2, 3.5], [4.0, 3, 5, 2, 3.5]);

        foreach (var icc in new[] { dyads.Icc2, dyads.Icc3 })
        {
            icc.ShouldNotBeNull();
            icc.Value.ShouldBe(1, ReferenceAssertions.Psych);
            icc.Df1.ShouldBe(4);
            icc.Df2.ShouldBe(4);
            icc.F.ShouldBeNull();
            icc.P.ShouldBe(0);
            icc.Ci.ShouldMatch(1, 1, ReferenceAssertions.Psych);
        }
    }

    [Fact]
    public void The_same_gap_in_every_pair_gives_consistency_1_and_absolute_agreement_below_1_as_psych_ICC_lmer_false()
    {
        // R: psych::ICC(cbind(c(4,3,5,2), c(3.5,2.5,4.5,1.5)), lmer = FALSE)$results -> ICC2 = 0.93023255814 with bounds
        // (0.0151947458352, 0.995718797691); ICC3 = 1 with bounds (1, 1) (case "Dyads with the same gap in every pair").
        // Tolerance 1e-9.
        var dyads = DyadAnalysis.Compare([4.0, 3, 5, 2], [3.5, 2.5, 4.5, 1.5]);

        var icc2 = dyads.Icc2.ShouldNotBeNull();
        icc2.Value.ShouldBe(0.93023255814, ReferenceAssertions.Psych);
        icc2.Ci.ShouldMatch(0.0151947458352, 0.995718797691, ReferenceAssertions.Psych);
        var icc3 = dyads.Icc3.ShouldNotBeNull();
        icc3.Value.ShouldBe(1, ReferenceAssertions.Psych);
        icc3.Ci.ShouldMatch(1, 1, ReferenceAssertions.Psych);
    }
}
