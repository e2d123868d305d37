namespace MentorEval.Reporting.Charts;

/// <summary>A mean with the bounds of its 95% confidence interval.</summary>
public sealed record MeanPoint(double Mean, double Lower, double Upper);
