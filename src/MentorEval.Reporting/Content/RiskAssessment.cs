using MentorEval.Core.Risk;

namespace MentorEval.Reporting.Content;

/// <summary>
/// How the cohort's pairs were judged for early closure: by a trained model (its card in <see cref="Model"/>) or by the
/// documented rules, as of a wave.
/// </summary>
/// <param name="Flag">The rule that decided the flags: the capacity share chosen this time, the cut it came to and what it caught on held-out cohorts.</param>
/// <param name="Note">Why the rules were used, or anything else the reader must know.</param>
/// <param name="Model">The model's card; null when the rules judged.</param>
/// <param name="HeldOut">The judge's held-out recall and precision by share (the model's, or the rules' on finished cohorts); null when there is none.</param>
public sealed record RiskAssessment(
    string Wave,
    RiskMethod Method,
    FlagRule? Flag,
    string? Note,
    IReadOnlyList<ClosureRisk> Pairs,
    ModelCard? Model,
    IReadOnlyList<HeldOutShare>? HeldOut);
