namespace MentorEval.Core.Statistics;

/// <summary>A two-sided confidence interval; <see cref="Level"/> is 0.95 throughout MentorEval.</summary>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level);
