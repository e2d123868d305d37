namespace MentorEval.Core.Statistics;

/// <summary>
/// Wilcoxon signed-rank test of paired changes, as R's <c>wilcox.test(post, pre, paired = TRUE)</c>:
/// <see cref="V"/> is the sum of the ranks of |change| over the positive changes, <see cref="P"/> two-sided.
/// <see cref="N"/> counts the non-zero changes the test ranks; <see cref="ZerosDropped"/> were left out.
/// </summary>
public sealed record SignedRankTest(
    double V,
    double P,
    SignedRankMethod Method,
    int N,
    int ZerosDropped,
    bool HasTies);
