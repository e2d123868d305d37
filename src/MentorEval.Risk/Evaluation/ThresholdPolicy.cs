namespace MentorEval.Risk.Evaluation;

/// <summary>
/// How many pairs the program can look after: flag a share of the pairs being predicted (capacity, the default 20%),
/// or flag every pair above the probability that caught at least <see cref="MinRecall"/> of early closures in validation.
/// </summary>
public sealed record ThresholdPolicy(double? FlagShare, double? MinRecall)
{
    public static readonly ThresholdPolicy Default = new(0.2, null);

    public string Describe() => MinRecall is { } recall ? $"min recall {Percent(recall)}" : $"flag share {Percent(FlagShare ?? 0.2)}";

    private static string Percent(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
