using MentorEval.Core.Pairs;

namespace MentorEval.Core.Responses;

/// <summary>
/// One respondent's answers to one instrument, ready to store or score. <see cref="Values"/> and
/// <see cref="Answers"/> follow the instrument's item order: the number each answer means (NaN when missing,
/// unanswered, or a text item) and the original text it was given as.
/// </summary>
public sealed record SurveyResponse(
    string RespondentId,
    string? PairId,
    Role? Role,
    int RepeatInstance,
    DateTimeOffset? SubmittedAt,
    bool Partial,
    int SourceRow,
    double[] Values,
    string?[] Answers)
{
    /// <summary>The submitted-time cell as written when it could not be read as a time (<see cref="SubmittedAt"/> is then
    /// null): kept, so what the file said is never lost.</summary>
    public string? SubmittedAtText { get; init; }
}
