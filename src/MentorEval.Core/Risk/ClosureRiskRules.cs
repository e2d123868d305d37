namespace MentorEval.Core.Risk;

/// <summary>
/// The transparent rules used while a program has too little history to learn from (fewer than
/// <see cref="MinimumClosuresToLearn"/> early closures). A pair is flagged when any rule fires:
/// <list type="bullet">
/// <item>a latest scale score falls in a band the instrument's definition marks as a concern;</item>
/// <item>mentor and mentee differ by <see cref="LargeGap"/> points or more on a scale, or by
/// <see cref="LargeMeanGap"/> on average over an instrument (e.g. expectations alignment);</item>
/// <item>a role missed the latest wave of a repeated survey (a skipped check-in);</item>
/// <item>a score dropped by <see cref="SharpDrop"/> points or more since the wave before.</item>
/// </list>
/// Each rule has a severity; a pair's concern score is the sum over the rules that fire. Like a model's probabilities,
/// the concern scores flag only as many pairs as the program can follow up (the flag share), the most concerning first
/// (<see cref="RiskFlags"/>), because rules alone fire for most pairs of a
/// real cohort. Every reason names the rule's evidence, said once (<see cref="RiskReasons.Sentences"/>); pairs past the capacity keep their reasons but are not flagged.
/// </summary>
public static class ClosureRiskRules
{
    public const int MinimumClosuresToLearn = 20;
    public const double LargeGap = 1.5;
    public const double LargeMeanGap = 1.0;
    public const double SharpDrop = 0.75;

    /// <param name="pairs">The pairs of one cohort at one prediction point.</param>
    /// <param name="catalog">The features the pairs' values follow.</param>
    /// <param name="flagShare">The share of pairs the program can follow up (e.g. 0.2).</param>
    public static IReadOnlyList<ClosureRisk> Judge(IReadOnlyList<PairRiskFeatures> pairs, RiskFeatureCatalog catalog, double flagShare)
    {
        var fired = pairs.Select(p => Fire(p, catalog)).ToList();
        var concern = fired.Select(f => f.Sum(x => x.Severity)).ToList();
        var flagged = RiskFlags.ByShare(concern.Select(c => (double)c).ToList(), pairs.Select(p => p.PairId).ToList(), flagShare, positiveOnly: true);
        return pairs.Select((pair, i) => new ClosureRisk(pair.PairId, pair.Point.Cohort, pair.Point.Wave, null, flagged[i], RiskMethod.Rules,
            RiskReasons.Sentences(fired[i].OrderByDescending(f => f.Severity).Select(f => f.Reason))) { Concern = concern[i] }).ToList();
    }

    /// <summary>The pair's concern score: the severities of the rules that fire, added up (0 when none does).</summary>
    public static int Concern(PairRiskFeatures pair, RiskFeatureCatalog catalog) => Fire(pair, catalog).Sum(f => f.Severity);

    private static List<(int Severity, RiskReason Reason)> Fire(PairRiskFeatures pair, RiskFeatureCatalog catalog)
    {
        var fired = new List<(int Severity, RiskReason Reason)>();
        for (var j = 0; j < catalog.Features.Count; j++)
        {
            var feature = catalog.Features[j];
            var value = pair.Values[j];
            if (double.IsNaN(value)) continue;
            var severity = feature.Kind switch
            {
                RiskFeatureKind.ScaleLatest when feature.Role is not null && feature.Scale?.BandOf(value) is { Concern: true } => 3,
                RiskFeatureKind.MissedStreak when value >= 1 => 2 + (int)Math.Min(value, 3),
                RiskFeatureKind.ScaleChange when value <= -SharpDrop => 2,
                RiskFeatureKind.RoleGap when Math.Abs(value) >= LargeGap => 1,
                RiskFeatureKind.MeanAbsoluteGap when value >= LargeMeanGap => 1,
                _ => 0,
            };
            if (severity > 0 && RiskReasons.Reason(catalog, pair, j) is { } reason) fired.Add((severity, reason));
        }

        return fired;
    }
}
