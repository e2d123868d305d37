namespace MentorEval.Reporting.Charts;

/// <summary>
/// Answers to one item: <c>Shares[j]</c> is the share (0..1) of answers at <c>labels[j]</c>, labels ordered low→high.
/// </summary>
public sealed record LikertItem(string Label, IReadOnlyList<double> Shares);
