using MentorEval.Core.Risk;

namespace MentorEval.Reporting.Content;

/// <summary>
/// How the cohort's pairs were judged for early closure: by a trained model (its card summarised in
/// <see cref="ModelCard"/>) or by the documented rules, as of a wave.
/// </summary>
/// <param name="Flag">The rule that decided the flags (capacity share and the cut it came to, or a model's threshold).</param>
/// <param name="Note">Why the rules were used, or anything else the reader must know.</param>
/// <param name="ModelCard">The model card as label/value lines (trainer, training cohorts, validation metrics, ...).</param>
public sealed record RiskAssessment(
    string Wave,
    RiskMethod Method,
    FlagRule? Flag,
    string? Note,
    IReadOnlyList<ClosureRisk> Pairs,
    IReadOnlyList<KeyValuePair<string, string>> ModelCard);
