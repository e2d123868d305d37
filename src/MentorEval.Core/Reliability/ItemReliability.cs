namespace MentorEval.Core.Reliability;

/// <summary>
/// One item's line in a reliability report (psych's <c>alpha()$item.stats</c> and <c>$alpha.drop</c>).
/// </summary>
/// <param name="Respondents">Answers used: all of the item's answers (pairwise) or the complete respondents (listwise).</param>
/// <param name="StandardDeviation">n − 1 denominator; null below two answers.</param>
/// <param name="CorrectedItemTotalCorrelation">
/// Correlation of the item with the sum of the other items, from the covariance matrix (psych <c>r.drop</c>).
/// </param>
/// <param name="AlphaIfDeleted">
/// Raw alpha of the other items (psych <c>alpha.drop$raw_alpha</c>); null when only one item would remain.
/// </param>
/// <param name="FactorLoading">
/// The item's loading in the one-factor minres solution behind omega total (psych
/// <c>fa(r, 1, fm = "minres")</c>; psych's <c>omega</c> prints it turned positive, marking turned items with "-").
/// </param>
/// <param name="InScaleStatistics">
/// False for an item left out of every scale-level figure because it has fewer than two answers or
/// no variation (psych's <c>alpha()</c> drops such items too); its correlations are then null.
/// </param>
public sealed record ItemReliability(
    string ItemId,
    int Respondents,
    double? Mean,
    double? StandardDeviation,
    double? CorrectedItemTotalCorrelation,
    double? AlphaIfDeleted,
    double? FactorLoading,
    bool InScaleStatistics);
