namespace MentorEval.Core.Statistics;

/// <summary>
/// Reports for program leaders never show a statistic computed on fewer than <see cref="MinimumN"/> respondents
/// (default 5): small groups can identify people, and their numbers are too unstable to act on.
/// </summary>
public sealed record SmallCellRule(int MinimumN = 5)
{
    public int MinimumN { get; } = MinimumN >= 1
        ? MinimumN
        : throw new ArgumentOutOfRangeException(nameof(MinimumN), MinimumN, "The minimum group size must be at least 1.");

    public Suppressible<T> Apply<T>(T statistics) where T : IGroupStatistics =>
        Apply(statistics, people: int.MaxValue);

    /// <param name="people">How many different respondents gave the figures: a mentor answering for two mentees, or a
    /// repeating check-in twice, is one person with several scores, and the rule protects people.</param>
    public Suppressible<T> Apply<T>(T statistics, int people) where T : IGroupStatistics =>
        statistics.SmallestGroupN < MinimumN || people < MinimumN
            ? Suppressible<T>.Suppressed(MinimumN)
            : Suppressible<T>.Shown(statistics, MinimumN);
}
