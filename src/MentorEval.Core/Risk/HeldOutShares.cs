namespace MentorEval.Core.Risk;

/// <summary>
/// The held-out table a model card keeps: for a grid of capacity shares, the recall and precision the flags would have
/// had on held-out predictions, flagged as `risk predict` flags (<see cref="RiskFlags.ByShare"/> at each cohort's
/// prediction point, then pooled), so that a program leader can choose this month's capacity from it.
/// </summary>
public static class HeldOutShares
{
    /// <summary>Every whole percent from 1% to 100%, and the share chosen at training.</summary>
    public static IReadOnlyList<double> Grid(double trainingShare) =>
        Enumerable.Range(1, 100).Select(p => p / 100.0).Append(trainingShare).Distinct().Order().ToList();

    /// <param name="scores">Each row's held-out score (a probability, or the rules' concern score).</param>
    /// <param name="rows">The rows scored, for their prediction point, pair and outcome.</param>
    /// <param name="positiveOnly">For the rules: a row where no rule fired is never flagged.</param>
    public static IReadOnlyList<HeldOutShare> Of(IReadOnlyList<double> scores, IReadOnlyList<PairRiskFeatures> rows, IEnumerable<double> shares, bool positiveOnly = false)
    {
        var points = Enumerable.Range(0, rows.Count).GroupBy(i => (rows[i].Point.Cohort, rows[i].Point.Wave)).Select(g => g.ToList()).ToList();
        var closures = rows.Count(r => r.ClosedEarlyAfter == true);
        return shares.Select(share =>
        {
            int flagged = 0, caught = 0;
            foreach (var point in points)
            {
                var flags = RiskFlags.ByShare(point.Select(i => scores[i]).ToList(), point.Select(i => rows[i].PairId).ToList(), share, positiveOnly);
                for (var k = 0; k < point.Count; k++)
                {
                    if (!flags[k]) continue;
                    flagged++;
                    if (rows[point[k]].ClosedEarlyAfter == true) caught++;
                }
            }

            return new HeldOutShare(share, closures == 0 ? double.NaN : (double)caught / closures, flagged == 0 ? double.NaN : (double)caught / flagged);
        }).ToList();
    }

    /// <summary>The row for <paramref name="share"/>, or the nearest share the table has; null without a table.</summary>
    public static HeldOutShare? At(IReadOnlyList<HeldOutShare>? table, double share) =>
        table is null || table.Count == 0 ? null : table.MinBy(r => Math.Abs(r.Share - share));

    /// <summary>The smallest share whose held-out recall was at least <paramref name="recall"/>, or null when none was.</summary>
    public static HeldOutShare? Reaching(IReadOnlyList<HeldOutShare> table, double recall) =>
        table.Where(r => r.Recall >= recall - 1e-9).MinBy(r => r.Share);

    /// <summary>The rows a reader is shown: 5% to 50% in steps of 5, and the <paramref name="also"/> shares (training, this time).</summary>
    public static IReadOnlyList<HeldOutShare> Shown(IReadOnlyList<HeldOutShare> table, params double[] also) =>
        table.Where(r => IsStep(r.Share) || also.Any(a => Math.Abs(a - r.Share) < 1e-9)).ToList();

    private static bool IsStep(double share) => share <= 0.5 + 1e-9 && Math.Abs(share * 20 - Math.Round(share * 20)) < 1e-9;
}
