namespace MentorEval.Core.Statistics;

/// <summary>
/// The Wilcoxon signed-rank test exactly as R's wilcox.test(x, y, paired = TRUE) with its defaults: zero changes
/// are dropped, the exact distribution is used for fewer than 50 changes when there are no ties and no zeros,
/// otherwise the normal approximation with continuity correction and tie-corrected variance.
/// </summary>
internal static class SignedRank
{
    // R: exact <- (n < 50).
    private const int ExactBelow = 50;

    public static SignedRankTest? Test(IReadOnlyList<double> changes, List<string> reasons)
    {
        // Ties are exact equality of |change|, as R (digits.rank = Inf): changes are computed the same way in both.
        var nonZero = changes.Where(c => c != 0).ToArray();
        var zeros = changes.Count - nonZero.Length;
        var n = nonZero.Length;
        if (n == 0)
        {
            reasons.Add(changes.Count == 0
                ? "Wilcoxon signed-rank test: no pairs."
                : "Wilcoxon signed-rank test: every change is zero, so there is nothing to rank.");
            return null;
        }

        var (ranks, tieSizes) = AverageRanks(nonZero.Select(Math.Abs).ToArray());
        var v = Enumerable.Range(0, n).Where(i => nonZero[i] > 0).Sum(i => ranks[i]);
        var hasTies = tieSizes.Any(size => size > 1);

        if (n < ExactBelow && !hasTies && zeros == 0)
            return new SignedRankTest(v, ExactP(v, n), SignedRankMethod.Exact, n, zeros, hasTies);

        var z = v - n * (n + 1) / 4.0;
        var tieCorrection = tieSizes.Sum(t => (double)t * t * t - t) / 48;
        var sigma = Math.Sqrt(n * (n + 1.0) * (2 * n + 1) / 24 - tieCorrection);
        var continuity = Math.Sign(z) * 0.5;
        var p = Probability.TwoSidedNormal((z - continuity) / sigma);
        return new SignedRankTest(v, p, SignedRankMethod.NormalApproximation, n, zeros, hasTies);
    }

    /// <summary>Two-sided exact p, as R: the tail on V's side of the centre n(n+1)/4, doubled and capped at 1.</summary>
    private static double ExactP(double v, int n)
    {
        var ways = WaysToReachEachSum(n);
        var total = Math.Pow(2, n);
        var k = (int)Math.Round(v);
        var tail = v > n * (n + 1) / 4.0
            ? ways.Skip(k).Sum() / total
            : ways.Take(k + 1).Sum() / total;
        return Math.Min(2 * tail, 1);
    }

    /// <summary>
    /// ways[s] = number of subsets of the ranks 1..n summing to s: the null distribution of V up to the factor 2^n.
    /// Counts stay below 2^50 here, so doubles hold them exactly.
    /// </summary>
    private static double[] WaysToReachEachSum(int n)
    {
        var ways = new double[n * (n + 1) / 2 + 1];
        ways[0] = 1;
        for (var rank = 1; rank <= n; rank++)
        {
            for (var sum = rank * (rank + 1) / 2; sum >= rank; sum--)
                ways[sum] += ways[sum - rank];
        }

        return ways;
    }

    /// <summary>Ranks 1..n with ties given their average rank (R's rank()), and the size of every group of equal values.</summary>
    private static (double[] Ranks, List<int> TieSizes) AverageRanks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        var tieSizes = new List<int>();
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
                end++;
            var averageRank = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++)
                ranks[order[i]] = averageRank;
            tieSizes.Add(end - start + 1);
            start = end + 1;
        }

        return (ranks, tieSizes);
    }
}
