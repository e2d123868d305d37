using MentorEval.Core.Instruments;

namespace MentorEval.Core.Analysis;

/// <summary>Every stored response to one instrument, with values in this instrument's item order.</summary>
public sealed record InstrumentResponses(Instrument Instrument, IReadOnlyList<AnalysisResponse> Responses);
