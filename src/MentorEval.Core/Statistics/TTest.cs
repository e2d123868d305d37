namespace MentorEval.Core.Statistics;

/// <summary>
/// A t-test of an estimated difference (a mean change, a difference of group means, a mentor − mentee gap):
/// the t statistic, its degrees of freedom, the two-sided p and the 95% CI of the difference.
/// </summary>
public sealed record TTest(double T, double Df, double P, ConfidenceInterval Ci);
