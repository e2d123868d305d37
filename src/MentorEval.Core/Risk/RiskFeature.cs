using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Risk;

/// <summary>
/// One column of the risk model's input. <see cref="Name"/> is stable (it is what a model card records);
/// the rest is what the reason sentences need.
/// </summary>
public sealed record RiskFeature(string Name, RiskFeatureKind Kind, Instrument? Instrument, Scale? Scale, string? ItemId, Role? Role)
{
    /// <summary>"mentee-rated relationship quality", "mentor and mentee", "the pair".</summary>
    public string Subject => Role switch
    {
        Pairs.Role.Mentor => $"mentor-rated {Lower(Topic)}",
        Pairs.Role.Mentee => $"mentee-rated {Lower(Topic)}",
        _ => Lower(Topic),
    };

    /// <summary>The scale, item or instrument the feature is about.</summary>
    public string Topic => Scale?.Title ?? (ItemId is { } item ? item.Replace('_', ' ') : Instrument?.Title ?? Name);

    public static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
