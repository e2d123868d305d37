namespace MentorEval.Core.Retention;

/// <summary>
/// Median match length in months with its 95% limits, as <c>quantile(survfit(...), 0.5)</c>; a null value means the
/// curve (or that limit's curve) never fell to one half: "not reached", more than half the pairs outlasted the follow-up.
/// </summary>
public sealed record MedianLength(double? Months, double? Lower, double? Upper)
{
    public bool Reached => Months is not null;
}
