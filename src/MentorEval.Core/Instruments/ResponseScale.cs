namespace MentorEval.Core.Instruments;

/// <summary>
/// The set of answers an item accepts. Numeric scales (Likert, sliders) run from Min to Max and can be
/// scored and reverse-keyed; nominal scales (letter codes, unordered choices) can only be recorded.
/// </summary>
public sealed record ResponseScale(
    string Id,
    ResponseScaleKind Kind,
    double? Min,
    double? Max,
    IReadOnlyList<ResponseLabel> Labels,
    IReadOnlyList<string> MissingCodes)
{
    public bool IsNumeric => Kind == ResponseScaleKind.Numeric;

    /// <summary>Reverse keying uses the scale's bounds, never the observed data: x' = min + max − x.</summary>
    public double Reverse(double value) => Min!.Value + Max!.Value - value;

    public bool Contains(double value) => IsNumeric && value >= Min!.Value && value <= Max!.Value;
}
