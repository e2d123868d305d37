using MentorEval.Core.Instruments;
using MentorEval.Core.Reliability;

namespace MentorEval.Core.Scoring;

/// <summary>Every scale of an instrument scored for the same respondents, in the order given.</summary>
public sealed record InstrumentScores(
    Instrument Instrument,
    MissingDataPolicy Policy,
    IReadOnlyList<string> RespondentIds,
    IReadOnlyList<ScaleResult> Scales);
