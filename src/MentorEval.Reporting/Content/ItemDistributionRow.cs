using MentorEval.Core.Pairs;

namespace MentorEval.Reporting.Content;

/// <summary>
/// How one item was answered in one administration (wave × role): counts per label of its response scale, in the
/// scale's order, and how many left it missing. <see cref="Counts"/> is null when fewer than the minimum cell answered.
/// </summary>
public sealed record ItemDistributionRow(
    string Instrument,
    string Item,
    string Text,
    string Wave,
    Role Role,
    IReadOnlyList<string> Labels,
    int Answered,
    int Missing,
    IReadOnlyList<int>? Counts)
{
    public bool Suppressed => Counts is null;

    public double? Share(int label) => Counts is null || Answered == 0 ? null : (double)Counts[label] / Answered;
}
