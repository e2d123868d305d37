namespace MentorEval.Core.Statistics;

/// <summary>
/// How a group's answered scores spread over a definition's bands. Scores above the last band's bound belong to
/// no band and are counted in <see cref="AboveAllBands"/>, so the shares then sum to less than 1.
/// </summary>
public sealed record BandShares(
    int N,
    int Missing,
    IReadOnlyList<BandShare> Bands,
    int AboveAllBands,
    IReadOnlyList<string> Reasons) : IGroupStatistics
{
    public int SmallestGroupN => N;
}
