namespace MentorEval.Core.Pairs;

/// <summary>
/// Which pair a response belongs to and in which role, or why that cannot be told.
/// <see cref="PairId"/> is null only when there is no roster to link to.
/// </summary>
public sealed record PairAssignment(string? PairId, Role? Role, string? Problem)
{
    public bool IsResolved => Problem is null;

    public static PairAssignment Failed(string problem) => new(null, null, problem);
}
