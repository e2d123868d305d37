namespace MentorEval.Core.Retention;

/// <summary>
/// The proportional-hazards check of a Cox model, as <c>cox.zph(fit)</c> (transform "km"): a score test per covariate
/// and a global one for a coefficient that changes with the Kaplan–Meier-scaled time. A small p says the covariate's
/// effect is not constant over the match, so its one hazard ratio averages an effect that changes.
/// </summary>
public sealed record ProportionalHazardsCheck(IReadOnlyList<ChiSquareTest> Covariates, ChiSquareTest Global)
{
    public const string Transform = "km";
}
