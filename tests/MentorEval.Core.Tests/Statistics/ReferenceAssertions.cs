using MentorEval.Core.Statistics;

namespace MentorEval.Core.Tests.Statistics;

/// <summary>Comparisons against reference values printed by Fixtures/make-references.R.</summary>
internal static class ReferenceAssertions
{
    /// <summary>Base R (stats) values: we compute them in closed form, so they agree far beyond 4 decimals.</summary>
    public const double BaseR = 1e-9;

    /// <summary>psych::ICC(lmer = FALSE) values: ANOVA mean squares in closed form on both sides.</summary>
    public const double Psych = 1e-9;

    public static void ShouldMatch(this double? actual, double expected, double tolerance)
    {
        actual.ShouldNotBeNull();
        actual.Value.ShouldBe(expected, tolerance);
    }

    public static void ShouldMatch(this ConfidenceInterval? actual, double lower, double upper, double tolerance)
    {
        actual.ShouldNotBeNull();
        actual.Lower.ShouldBe(lower, tolerance);
        actual.Upper.ShouldBe(upper, tolerance);
        actual.Level.ShouldBe(0.95);
    }
}
