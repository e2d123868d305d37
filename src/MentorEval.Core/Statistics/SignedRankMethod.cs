namespace MentorEval.Core.Statistics;

/// <summary>How the p of a Wilcoxon signed-rank test was obtained; R's wilcox.test picks the same way.</summary>
public enum SignedRankMethod
{
    /// <summary>The exact null distribution: fewer than 50 non-zero changes, no ties and no zero changes.</summary>
    Exact,

    /// <summary>
    /// The normal approximation with continuity correction and the tie correction of the variance, after dropping
    /// zero changes: used when there are 50 or more changes, ties among |change|, or zero changes.
    /// </summary>
    NormalApproximation,
}
