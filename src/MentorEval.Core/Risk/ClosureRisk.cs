namespace MentorEval.Core.Risk;

/// <summary>
/// One pair's early-closure risk at a prediction point. <see cref="Probability"/> is the model's calibrated chance of
/// closing early; rule-based judgements have none. <see cref="Reasons"/> are plain sentences, strongest first.
/// </summary>
public sealed record ClosureRisk(string PairId, string Cohort, string Wave, double? Probability, bool Flagged, RiskMethod Method, IReadOnlyList<string> Reasons)
{
    /// <summary>The rules' concern score (their severities added up), which decides the rules' flags; null for a model.</summary>
    public int? Concern { get; init; }

    /// <summary>The number the flag was decided on: the probability, or the rules' concern score.</summary>
    public double Score => Probability ?? Concern ?? 0;
}
