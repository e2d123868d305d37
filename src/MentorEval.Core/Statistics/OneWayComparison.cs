namespace MentorEval.Core.Statistics;

/// <summary>
/// Several groups compared on the same scale: each group described (in input order), Welch's one-way ANOVA
/// (unequal variances) and the classic one-way ANOVA (equal variances). Null tests are explained in <see cref="Reasons"/>.
/// </summary>
public sealed record OneWayComparison(
    IReadOnlyList<ScoreSummary> Groups,
    FTest? WelchAnova,
    FTest? ClassicAnova,
    IReadOnlyList<string> Reasons) : IGroupStatistics
{
    public int SmallestGroupN => Groups.Count == 0 ? 0 : Groups.Min(g => g.N);
}
