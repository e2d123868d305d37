using MentorEval.Core.Pairs;

namespace MentorEval.Core.Analysis;

/// <summary>A stored response as analysis sees it: who, which pair and cohort, which wave, and the item values.</summary>
public sealed record AnalysisResponse(
    string RespondentId,
    string? PairId,
    Role? Role,
    string? Cohort,
    string Wave,
    DateTimeOffset? SubmittedAt,
    double[] Values);
