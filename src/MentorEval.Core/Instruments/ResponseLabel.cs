namespace MentorEval.Core.Instruments;

/// <summary>
/// One labelled point of a response scale. <see cref="Code"/> is what a raw export holds ("7", "A");
/// <see cref="Value"/> is its number on a numeric scale.
/// </summary>
public sealed record ResponseLabel(string Code, double? Value, string Text, Translations Translations);
