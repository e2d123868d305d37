namespace MentorEval.Core.Statistics;

/// <summary>
/// Pre/post change on paired respondents (change = post − pre). <see cref="NPaired"/> respondents have both
/// scores; <see cref="Excluded"/> miss one of them. Cohen's d_z = mean change / sd of change.
/// A statistic that cannot be computed is null and <see cref="Reasons"/> says why.
/// </summary>
public sealed record PairedChange(
    int NPaired,
    int Excluded,
    double? MeanPre,
    double? MeanPost,
    double? MeanChange,
    double? SdChange,
    TTest? PairedT,
    double? CohensDz,
    SignedRankTest? SignedRank,
    IReadOnlyList<string> Reasons) : IGroupStatistics
{
    public int SmallestGroupN => NPaired;
}
