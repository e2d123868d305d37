namespace MentorEval.Core.Risk;

/// <summary>
/// Which pairs are flagged, decided the same way for a model's probabilities and the rules' concern scores, so that the
/// sentence, the table, the colour and the chart can all state one rule (<see cref="FlagRule"/>). With a capacity share:
/// the share of the pairs (rounded up) with the highest scores, never more; pairs tied at the cut are taken in pair-id
/// order up to the capacity, and the rule then says so. With a threshold: every pair at or above it.
/// </summary>
public static class RiskFlags
{
    /// <param name="positiveOnly">For the rules: a pair scoring 0, where no rule fired, is never flagged.</param>
    public static bool[] ByShare(IReadOnlyList<double> scores, IReadOnlyList<string> pairIds, double share, bool positiveOnly = false)
    {
        var flagged = new bool[scores.Count];
        var ranked = Enumerable.Range(0, scores.Count)
            .Where(i => !double.IsNaN(scores[i]) && (!positiveOnly || scores[i] > 0))
            .OrderByDescending(i => scores[i]).ThenBy(i => pairIds[i], StringComparer.Ordinal)
            .Take(Capacity(share, scores.Count));
        foreach (var i in ranked) flagged[i] = true;
        return flagged;
    }

    /// <summary>How many of <paramref name="pairs"/> the program can follow up: the share, rounded up.</summary>
    public static int Capacity(double share, int pairs) => (int)Math.Ceiling(share * pairs - 1e-9);
}
