namespace MentorEval.Core.Statistics;

/// <summary>
/// Separates answered scores from missing ones before any statistic sees them. NaN means missing;
/// an infinite score can only come from a bug upstream (scores live on bounded response scales), so it throws.
/// </summary>
internal static class Observed
{
    public static (double[] Values, int Missing) Scores(IReadOnlyList<double> scores)
    {
        if (scores is double[] array) return Scores(array);
        var values = new List<double>(scores.Count);
        for (var i = 0; i < scores.Count; i++)
        {
            if (IsAnswered(scores[i], i))
                values.Add(scores[i]);
        }

        return ([.. values], scores.Count - values.Count);
    }

    // Scoring a million respondents hands over arrays: read them without interface calls or a growing list.
    private static (double[] Values, int Missing) Scores(double[] scores)
    {
        var values = new double[scores.Length];
        var n = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (IsAnswered(scores[i], i)) values[n++] = scores[i];
        }

        Array.Resize(ref values, n);
        return (values, scores.Length - n);
    }

    /// <summary>The pairs where both scores are answered, in input order, and how many pairs were left out.</summary>
    public static (double[] First, double[] Second, int Excluded) Pairs(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        if (first.Count != second.Count)
            throw new ArgumentException($"Paired scores must have the same length ({first.Count} and {second.Count}); pair i is element i of both.");

        var kept = new List<int>(first.Count);
        for (var i = 0; i < first.Count; i++)
        {
            // & rather than &&: both scores are checked, so an infinite one never hides behind a missing partner.
            if (IsAnswered(first[i], i) & IsAnswered(second[i], i))
                kept.Add(i);
        }

        return ([.. kept.Select(i => first[i])], [.. kept.Select(i => second[i])], first.Count - kept.Count);
    }

    private static bool IsAnswered(double score, int index) =>
        double.IsInfinity(score)
            ? throw new ArgumentException($"Score {index} is infinite; scores are finite numbers, or NaN when missing.")
            : !double.IsNaN(score);
}
