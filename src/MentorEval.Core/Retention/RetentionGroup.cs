namespace MentorEval.Core.Retention;

/// <summary>The retention figures of one group of pairs (a cohort, a site, or all pairs together).</summary>
public sealed record RetentionGroup(string Name, SurvivalCurve Curve, IReadOnlyList<SurvivalEstimate> Milestones, EarlyClosureRate EarlyClosure)
{
    /// <summary>The months at which the share still running is reported: the first months matter most, a year is the benchmark.</summary>
    public static readonly IReadOnlyList<double> MilestoneMonths = [3, 6, 12];

    public static RetentionGroup Of(string name, IReadOnlyCollection<MatchSpell> spells)
    {
        var curve = SurvivalCurve.Fit(spells);
        var milestones = MilestoneMonths.Select(curve.At).OfType<SurvivalEstimate>().ToList();
        var rate = EarlyClosureRate.Of(name, spells.Count(s => s.ClosedEarly), spells.Count(s => s.Ended), spells.Count(s => !s.Ended));
        return new RetentionGroup(name, curve, milestones, rate);
    }

    public SurvivalEstimate? At(double months) => Milestones.FirstOrDefault(m => m.Months == months);
}
