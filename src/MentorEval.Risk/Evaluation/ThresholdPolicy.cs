namespace MentorEval.Risk.Evaluation;

/// <summary>
/// How many pairs the program can look after: flag a share of the pairs being predicted (capacity, the default 20%),
/// or flag every pair above the probability that caught at least <see cref="MinRecall"/> of early closures in validation.
/// </summary>
public sealed record ThresholdPolicy(double? FlagShare, double? MinRecall)
{
    public static readonly ThresholdPolicy Default = new(0.2, null);

    public string Describe() => MinRecall is { } recall ? $"min recall {recall:P0}" : $"flag share {FlagShare ?? 0.2:P0}";
}
