namespace MentorEval.Core.Statistics;

/// <summary>
/// A single-rater intraclass correlation (Shrout &amp; Fleiss) with its F test against ICC = 0 and F-based 95% CI,
/// in the columns psych::ICC reports (ICC, F, df1, df2, p, lower bound, upper bound). F is null, and p 0, when there is
/// no residual variation (every pair has the same mentor − mentee difference): F is then unbounded.
/// </summary>
public sealed record IntraclassCorrelation(double Value, double? F, int Df1, int Df2, double P, ConfidenceInterval? Ci);
