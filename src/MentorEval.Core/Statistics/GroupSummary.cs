namespace MentorEval.Core.Statistics;

/// <summary>Describes a group's scores and how they fall into a definition's bands. NaN scores count as missing.</summary>
public static class GroupSummary
{
    public static ScoreSummary Describe(IReadOnlyList<double> scores)
    {
        var (values, missing) = Observed.Scores(scores);
        return Describe(values, missing);
    }

    /// <summary>
    /// Shares of the answered scores per band; a score belongs to the first band whose upper bound is ≥ it.
    /// The bounds come from a validated definition, so bounds that do not increase are a bug and throw.
    /// </summary>
    public static BandShares ShareByBand(IReadOnlyList<double> scores, IReadOnlyList<double> bandUpperBounds)
    {
        for (var i = 0; i < bandUpperBounds.Count; i++)
        {
            if (double.IsNaN(bandUpperBounds[i]) || (i > 0 && !(bandUpperBounds[i] > bandUpperBounds[i - 1])))
                throw new ArgumentException($"Band upper bounds must be numbers that increase; bound {i} is {bandUpperBounds[i]}.", nameof(bandUpperBounds));
        }

        var (values, missing) = Observed.Scores(scores);
        var counts = new int[bandUpperBounds.Count];
        var above = 0;
        foreach (var value in values)
        {
            var band = Enumerable.Range(0, counts.Length).FirstOrDefault(b => value <= bandUpperBounds[b], -1);
            if (band < 0)
                above++;
            else
                counts[band]++;
        }

        var n = values.Length;
        var bands = bandUpperBounds.Select((upTo, b) => new BandShare(upTo, counts[b], n == 0 ? null : (double)counts[b] / n));
        IReadOnlyList<string> reasons = n == 0 ? ["Band shares: no scores, every value is missing."] : [];
        return new BandShares(n, missing, [.. bands], above, reasons);
    }

    internal static ScoreSummary Describe(double[] values, int missing)
    {
        var n = values.Length;
        if (n == 0)
            return new ScoreSummary(0, missing, null, null, null, null, null, null, null, null, ["No scores: every value is missing."]);

        var reasons = new List<string>();
        // Array.Sort on doubles is several times faster than LINQ ordering, which matters for a million scores.
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var mean = Moments.Mean(values);
        double? sd = n >= 2 ? Math.Sqrt(Moments.Variance(values, mean)) : null;
        if (sd is null)
            reasons.Add("Standard deviation: needs at least 2 scores, there is 1.");
        var meanCi = TTests.OneSample(values, "Confidence interval of the mean", reasons)?.Ci;

        return new ScoreSummary(
            n,
            missing,
            mean,
            sd,
            Quantile(sorted, 0.5),
            Quantile(sorted, 0.25),
            Quantile(sorted, 0.75),
            meanCi,
            sorted[0],
            sorted[^1],
            [.. reasons]);
    }

    /// <summary>R's default quantile (type 7), written as R computes it: (1 − h)·x[lo] + h·x[hi] at index 1 + (n − 1)p.</summary>
    private static double Quantile(double[] sorted, double probability)
    {
        var index = 1 + (sorted.Length - 1) * probability;
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var h = index - lo;
        var atLo = sorted[lo - 1];
        return h > 0 && sorted[hi - 1] != atLo ? (1 - h) * atLo + h * sorted[hi - 1] : atLo;
    }
}
