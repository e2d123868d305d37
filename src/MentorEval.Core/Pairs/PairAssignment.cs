namespace MentorEval.Core.Pairs;

/// <summary>
/// Which pair a response belongs to and in which role, or why that cannot be told.
/// <see cref="PairId"/> is null only when there is no roster to link to. <see cref="RespondentAsListed"/> is the
/// roster's spelling of the respondent id when the response spelled it otherwise (an invisible character, full-width
/// letters, another case where the program ignores case): the response is stored under the roster's spelling, so one
/// person's answers stay one person's.
/// </summary>
public sealed record PairAssignment(string? PairId, Role? Role, string? Problem, string? RespondentAsListed = null)
{
    public bool IsResolved => Problem is null;

    public static PairAssignment Failed(string problem) => new(null, null, problem);
}
