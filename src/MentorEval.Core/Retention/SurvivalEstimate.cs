namespace MentorEval.Core.Retention;

/// <summary>The share of pairs still running at a chosen month (3, 6, 12), as a row of <c>summary(fit, times = ...)</c>.</summary>
public sealed record SurvivalEstimate(double Months, int AtRisk, double StillRunning, double? StdErr, double? Lower, double? Upper);
