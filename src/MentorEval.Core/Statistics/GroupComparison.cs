namespace MentorEval.Core.Statistics;

/// <summary>Compares groups of respondents (cohorts, sites, programs) on one scale. NaN scores count as missing.</summary>
public static class GroupComparison
{
    /// <summary>Welch's t for the difference of means A − B, as R's t.test(a, b), and Hedges' g.</summary>
    public static TwoGroupComparison TwoGroups(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var (valuesA, missingA) = Observed.Scores(a);
        var (valuesB, missingB) = Observed.Scores(b);
        var summaryA = GroupSummary.Describe(valuesA, missingA);
        var summaryB = GroupSummary.Describe(valuesB, missingB);
        var difference = summaryA.Mean - summaryB.Mean;
        var reasons = new List<string>();

        var (nA, nB) = (valuesA.Length, valuesB.Length);
        if (nA < 2 || nB < 2)
        {
            reasons.Add($"Welch t-test and Hedges' g: need at least 2 scores in each group; A has {nA}, B has {nB}.");
            return new TwoGroupComparison(summaryA, summaryB, difference, null, null, [.. reasons]);
        }

        var (meanA, meanB) = (summaryA.Mean!.Value, summaryB.Mean!.Value);
        var squaredErrorA = Moments.Variance(valuesA, meanA) / nA;
        var squaredErrorB = Moments.Variance(valuesB, meanB) / nB;
        var standardError = Math.Sqrt(squaredErrorA + squaredErrorB);
        if (Moments.IsEssentiallyZero(standardError, Math.Max(Math.Abs(meanA), Math.Abs(meanB))))
        {
            reasons.Add("Welch t-test and Hedges' g: every score within each group is the same, so there is no spread to test against.");
            return new TwoGroupComparison(summaryA, summaryB, difference, null, null, [.. reasons]);
        }

        // Welch–Satterthwaite degrees of freedom.
        var df = Math.Pow(standardError, 4) / (squaredErrorA * squaredErrorA / (nA - 1) + squaredErrorB * squaredErrorB / (nB - 1));

        // Hedges' g = Cohen's d with the pooled sd, times Hedges' (1981) small-sample correction
        // J = 1 − 3/(4(n1 + n2) − 9), i.e. 1 − 3/(4·df − 1) with df = n1 + n2 − 2.
        var pooledSd = Math.Sqrt((Moments.SumOfSquares(valuesA, meanA) + Moments.SumOfSquares(valuesB, meanB)) / (nA + nB - 2));
        var correction = 1 - 3.0 / (4 * (nA + nB) - 9);

        return new TwoGroupComparison(
            summaryA,
            summaryB,
            difference,
            TTests.FromEstimate(meanA - meanB, standardError, df),
            (meanA - meanB) / pooledSd * correction,
            [.. reasons]);
    }

    /// <summary>
    /// Welch's one-way ANOVA and the classic (equal-variance) one-way ANOVA, as R's oneway.test(y ~ g) and
    /// oneway.test(y ~ g, var.equal = TRUE). Groups are reported in input order and named by position (1-based).
    /// </summary>
    public static OneWayComparison OneWay(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        var observed = groups.Select(Observed.Scores).ToArray();
        var values = observed.Select(o => o.Values).ToArray();
        IReadOnlyList<ScoreSummary> summaries = [.. observed.Select(o => GroupSummary.Describe(o.Values, o.Missing))];
        var reasons = new List<string>();

        var k = values.Length;
        var tooSmall = Enumerable.Range(0, k).Where(i => values[i].Length < 2).Select(i => $"group {i + 1} has {values[i].Length}").ToArray();
        if (k < 2 || tooSmall.Length > 0)
        {
            reasons.Add(k < 2
                ? $"One-way ANOVA: needs at least 2 groups, there {(k == 1 ? "is 1" : "are none")}."
                : $"One-way ANOVA: every group needs at least 2 scores; {string.Join(", ", tooSmall)}.");
            return new OneWayComparison(summaries, null, null, [.. reasons]);
        }

        var n = values.Select(v => (double)v.Length).ToArray();
        var means = summaries.Select(s => s.Mean!.Value).ToArray();
        var variances = values.Select((v, i) => Moments.Variance(v, means[i])).ToArray();

        return new OneWayComparison(
            summaries,
            WelchAnova(n, means, variances, reasons),
            ClassicAnova(values, n, means, variances, reasons),
            [.. reasons]);
    }

    private static FTest? WelchAnova(double[] n, double[] means, double[] variances, List<string> reasons)
    {
        var constant = Enumerable.Range(0, n.Length).Where(i => variances[i] == 0).Select(i => i + 1).ToArray();
        if (constant.Length > 0)
        {
            var which = constant.Length == 1 ? $"group {constant[0]}" : $"groups {string.Join(", ", constant)}";
            reasons.Add($"Welch ANOVA: all scores are equal within {which}, so it cannot be weighted by its variance.");
            return null;
        }

        // Welch (1951), as oneway.test: weights w = n/s², F = Σw(m − m_w)²/(k − 1) divided by
        // 1 + 2(k − 2)·λ with λ = Σ(1 − w/W)²/(n − 1)/(k² − 1), and df2 = 1/(3λ).
        var k = n.Length;
        var weights = n.Select((size, i) => size / variances[i]).ToArray();
        var totalWeight = weights.Sum();
        var weightedMean = weights.Select((w, i) => w * means[i]).Sum() / totalWeight;
        var lambda = weights.Select((w, i) => Math.Pow(1 - w / totalWeight, 2) / (n[i] - 1)).Sum() / (k * k - 1);
        var f = weights.Select((w, i) => w * Math.Pow(means[i] - weightedMean, 2)).Sum()
                / ((k - 1) * (1 + 2 * (k - 2) * lambda));
        var df2 = 1 / (3 * lambda);
        return new FTest(f, k - 1, df2, Probability.UpperF(f, k - 1, df2));
    }

    private static FTest? ClassicAnova(double[][] values, double[] n, double[] means, double[] variances, List<string> reasons)
    {
        var k = n.Length;
        var total = n.Sum();
        var within = variances.Select((v, i) => (n[i] - 1) * v).Sum() / (total - k);
        if (within == 0)
        {
            reasons.Add("Classic ANOVA: every score is the same within each group, so there is no within-group variance.");
            return null;
        }

        var grandMean = Moments.Mean(values.SelectMany(v => v).ToArray());
        var between = means.Select((m, i) => n[i] * Math.Pow(m - grandMean, 2)).Sum() / (k - 1);
        var f = between / within;
        return new FTest(f, k - 1, total - k, Probability.UpperF(f, k - 1, total - k));
    }
}
