namespace MentorEval.Reporting.Charts;

/// <summary>
/// Answers to one item: <c>Shares[j]</c> is the share (0..1) of answers at <c>labels[j]</c>, labels ordered low→high.
/// </summary>
/// <param name="ReverseScored">A negatively worded item, reversed in its scale's score: there disagreeing is the good answer.</param>
public sealed record LikertItem(string Label, IReadOnlyList<double> Shares, bool ReverseScored = false);
