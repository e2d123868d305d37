namespace MentorEval.Core.Risk;

/// <summary>
/// The documented rules' held-out table on finished cohorts, for `risk predict` and `report` when no model judges. The
/// rules learn nothing, so every row of a finished cohort is held out for them; it is the same computation as the rules'
/// table on a model card (their concern scores at each training point, <see cref="RiskFeatureBuilder.RulesConcern"/>).
/// </summary>
public static class RulesHeldOut
{
    /// <returns>Null when the cohorts have no row with a known outcome and no early closure to catch.</returns>
    public static IReadOnlyList<HeldOutShare>? On(RiskFeatureBuilder builder, IEnumerable<string> cohorts, double share)
    {
        var points = cohorts.SelectMany(builder.TrainingPoints).ToList();
        if (points.Count == 0) return null;
        var catalog = RiskFeatureCatalog.For(points, builder.Instruments);
        var rows = points.SelectMany(p => builder.Build(p, catalog)).Where(r => r.ClosedEarlyAfter is not null).ToList();
        if (!rows.Any(r => r.ClosedEarlyAfter == true)) return null;
        return HeldOutShares.Of(builder.RulesConcern(rows), rows, HeldOutShares.Grid(share), positiveOnly: true);
    }
}
