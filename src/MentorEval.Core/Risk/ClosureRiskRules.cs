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
/// Pairs are ordered by how many rules fire; every reason names the rule's evidence.
/// </summary>
public static class ClosureRiskRules
{
    public const int MinimumClosuresToLearn = 20;
    public const double LargeGap = 1.5;
    public const double LargeMeanGap = 1.0;
    public const double SharpDrop = 0.75;

    public static ClosureRisk Judge(PairRiskFeatures pair, RiskFeatureCatalog catalog)
    {
        var fired = new List<(int Severity, string Reason)>();
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
            if (severity > 0 && RiskReasons.Describe(feature, value, pair.Point) is { } reason) fired.Add((severity, reason));
        }

        var reasons = fired.OrderByDescending(f => f.Severity).Select(f => f.Reason).ToList();
        return new ClosureRisk(pair.PairId, pair.Point.Cohort, pair.Point.Wave, null, reasons.Count > 0, RiskMethod.Rules, reasons);
    }
}
