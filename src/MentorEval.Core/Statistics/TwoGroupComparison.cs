namespace MentorEval.Core.Statistics;

/// <summary>
/// Two groups compared on the same scale: each group described, the difference of means (A − B), Welch's t
/// (no equal-variance assumption) and Hedges' g. Null statistics are explained in <see cref="Reasons"/>.
/// </summary>
public sealed record TwoGroupComparison(
    ScoreSummary A,
    ScoreSummary B,
    double? MeanDifference,
    TTest? WelchT,
    double? HedgesG,
    IReadOnlyList<string> Reasons) : IGroupStatistics
{
    public int SmallestGroupN => Math.Min(A.N, B.N);
}
