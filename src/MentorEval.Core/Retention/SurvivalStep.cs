namespace MentorEval.Core.Retention;

/// <summary>
/// One row of a Kaplan–Meier curve, at a time where a pair closed or was censored (a row of <c>summary(survfit(...),
/// censored = TRUE)</c>). <see cref="StdErr"/> is Greenwood's standard error of the share still running (what
/// <c>summary()</c> prints, survfit's <c>std.err</c> × S; null once no pair is left running, where R's is not a number); the 95% limits are log-log (<c>conf.type = "log-log"</c>) and null where the share is 1 or 0, as in R.
/// </summary>
public sealed record SurvivalStep(double Months, int AtRisk, int Closed, int Censored, double StillRunning, double? StdErr, double? Lower, double? Upper);
