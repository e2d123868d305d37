namespace MentorEval.Core.Statistics;

/// <summary>
/// Describes one group's scores: <see cref="N"/> answered, <see cref="Missing"/> left out, mean, sd (n − 1),
/// median and quartiles (R's quantile type 7), the t-based 95% CI of the mean, and the range.
/// A statistic that cannot be computed is null and <see cref="Reasons"/> says why.
/// </summary>
public sealed record ScoreSummary(
    int N,
    int Missing,
    double? Mean,
    double? Sd,
    double? Median,
    double? Q1,
    double? Q3,
    ConfidenceInterval? MeanCi,
    double? Min,
    double? Max,
    IReadOnlyList<string> Reasons) : IGroupStatistics
{
    public int SmallestGroupN => N;
}
