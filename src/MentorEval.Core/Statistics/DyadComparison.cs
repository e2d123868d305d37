namespace MentorEval.Core.Statistics;

/// <summary>
/// Mentor and mentee rating the same scale. <see cref="Pairs"/> follows the input order, one entry per pair;
/// the statistics across pairs use the <see cref="NPairs"/> pairs with both scores (<see cref="Excluded"/> lack one):
/// mean gap (mentor − mentee), mean absolute gap, paired t, Pearson r, and agreement as ICC(2,1) (absolute
/// agreement, mentor and mentee as random raters) and ICC(3,1) (consistency, fixed raters).
/// A statistic that cannot be computed is null and <see cref="Reasons"/> says why.
/// </summary>
public sealed record DyadComparison(
    IReadOnlyList<PairGap> Pairs,
    int NPairs,
    int Excluded,
    double? MeanMentor,
    double? MeanMentee,
    double? MeanGap,
    double? MeanAbsoluteGap,
    TTest? PairedT,
    Correlation? Correlation,
    IntraclassCorrelation? Icc2,
    IntraclassCorrelation? Icc3,
    IReadOnlyList<string> Reasons) : IGroupStatistics
{
    public int SmallestGroupN => NPairs;
}
