namespace MentorEval.Core.Statistics;

/// <summary>An F test (one-way ANOVA): the statistic, numerator and denominator df, and the upper-tail p.</summary>
public sealed record FTest(double F, double Df1, double Df2, double P);
