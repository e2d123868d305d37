using MentorEval.Core.Pairs;

namespace MentorEval.Core.Analysis;

/// <summary>
/// One scale compared across cohorts at the same wave: Welch's t for two cohorts, Welch's ANOVA for more, and
/// Hedges' g of the analysed cohort against the others.
/// </summary>
public sealed record CohortComparisonRow(
    string Instrument,
    string Scale,
    Role Role,
    string Wave,
    bool Suppressed,
    IReadOnlyList<CohortGroup> Cohorts,
    string Test,
    double? Statistic,
    double? Df1,
    double? Df2,
    double? P,
    double? HedgesG);
