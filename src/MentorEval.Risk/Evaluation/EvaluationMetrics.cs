using MentorEval.Core.Risk;

namespace MentorEval.Risk.Evaluation;

/// <summary>Ranking, probability and threshold metrics of held-out predictions.</summary>
public static class EvaluationMetrics
{
    public static ModelEvaluation Evaluate(string trainer, string scheme, IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, ThresholdPolicy policy)
    {
        var threshold = Threshold(probabilities, labels, policy);
        var (share, recall, precision) = AtThreshold(probabilities, labels, threshold);
        return new ModelEvaluation(trainer, scheme, labels.Count, labels.Count(l => l), RocAuc(probabilities, labels), AveragePrecision(probabilities, labels),
            Brier(probabilities, labels), Calibration(probabilities, labels), threshold, share, recall, precision);
    }

    /// <summary>Probability that a random early closure is ranked above a random other pair (ties count half).</summary>
    public static double RocAuc(IReadOnlyList<double> p, IReadOnlyList<bool> y)
    {
        var order = Enumerable.Range(0, p.Count).OrderBy(i => p[i]).ToArray();
        double rankSum = 0;
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && p[order[j + 1]] == p[order[i]]) j++;
            var midRank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++)
                if (y[order[k]]) rankSum += midRank;
            i = j + 1;
        }

        double positives = y.Count(v => v), negatives = y.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    /// <summary>
    /// The ROC AUC with DeLong, DeLong &amp; Clarke-Pearson's (1988) standard error: each early closure's share of other
    /// pairs ranked below it, and each other pair's share of early closures ranked above it (ties count half), from
    /// mid-ranks in O(n log n); the variance is var(first)/closures + var(second)/others, the 95% interval normal and
    /// clipped to 0..1. Rows are taken as independent (a pair's rows at several waves are not, so the interval is if
    /// anything too narrow). NaN throughout without both outcomes, or with a single row of one.
    /// </summary>
    public static AucInterval DeLong(IReadOnlyList<double> p, IReadOnlyList<bool> y)
    {
        var positives = Enumerable.Range(0, p.Count).Where(i => y[i]).ToList();
        var negatives = Enumerable.Range(0, p.Count).Where(i => !y[i]).ToList();
        double m = positives.Count, n = negatives.Count;
        if (m < 2 || n < 2) return new AucInterval(RocAuc(p, y), double.NaN, double.NaN, double.NaN);

        var all = MidRanks(p);
        var amongPositives = MidRanks(positives.Select(i => p[i]).ToList());
        var amongNegatives = MidRanks(negatives.Select(i => p[i]).ToList());
        var v10 = positives.Select((i, k) => (all[i] - amongPositives[k]) / n).ToList();
        var v01 = negatives.Select((i, k) => 1 - (all[i] - amongNegatives[k]) / m).ToList();
        var auc = v10.Average();
        var se = Math.Sqrt(Variance(v10) / m + Variance(v01) / n);
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.975);
        return new AucInterval(auc, se, Math.Max(0, auc - z * se), Math.Min(1, auc + z * se));
    }

    private static double Variance(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }

    /// <summary>1-based ranks, ties sharing their mean rank.</summary>
    private static double[] MidRanks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]]) j++;
            for (var k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2.0 + 1;
            i = j + 1;
        }

        return ranks;
    }

    /// <summary>Area under the precision–recall curve as average precision (the mean precision at each early closure's rank).</summary>
    public static double AveragePrecision(IReadOnlyList<double> p, IReadOnlyList<bool> y)
    {
        var order = Enumerable.Range(0, p.Count).OrderByDescending(i => p[i]).ToArray();
        double positives = y.Count(v => v), hits = 0, sum = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (!y[order[k]]) continue;
            hits++;
            sum += hits / (k + 1);
        }

        return positives == 0 ? double.NaN : sum / positives;
    }

    public static double Brier(IReadOnlyList<double> p, IReadOnlyList<bool> y) =>
        p.Count == 0 ? double.NaN : p.Select((v, i) => Math.Pow(v - (y[i] ? 1 : 0), 2)).Average();

    /// <summary>Ten equal-width probability bins; empty bins are left out.</summary>
    public static IReadOnlyList<CalibrationBin> Calibration(IReadOnlyList<double> p, IReadOnlyList<bool> y) =>
        Enumerable.Range(0, p.Count).GroupBy(i => Math.Min(9, (int)(p[i] * 10)))
            .OrderBy(g => g.Key)
            .Select(g => new CalibrationBin(g.Key / 10.0, (g.Key + 1) / 10.0, g.Count(), g.Average(i => p[i]), g.Average(i => y[i] ? 1.0 : 0.0)))
            .ToList();

    /// <summary>The lowest probability still flagged under the policy.</summary>
    public static double Threshold(IReadOnlyList<double> p, IReadOnlyList<bool> y, ThresholdPolicy policy)
    {
        if (p.Count == 0) return 1;
        if (policy.MinRecall is { } recall)
        {
            var positives = Enumerable.Range(0, p.Count).Where(i => y[i]).Select(i => p[i]).OrderDescending().ToList();
            if (positives.Count == 0) return 1;
            return positives[Math.Clamp((int)Math.Ceiling(recall * positives.Count) - 1, 0, positives.Count - 1)];
        }

        var sorted = p.OrderDescending().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling((policy.FlagShare ?? 0.2) * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static (double FlaggedShare, double Recall, double Precision) AtThreshold(IReadOnlyList<double> p, IReadOnlyList<bool> y, double threshold)
    {
        int flagged = 0, caught = 0, positives = 0;
        for (var i = 0; i < p.Count; i++)
        {
            var flag = p[i] >= threshold;
            if (flag) flagged++;
            if (!y[i]) continue;
            positives++;
            if (flag) caught++;
        }

        return (p.Count == 0 ? 0 : (double)flagged / p.Count, positives == 0 ? double.NaN : (double)caught / positives,
            flagged == 0 ? double.NaN : (double)caught / flagged);
    }
}
