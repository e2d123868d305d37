namespace MentorEval.Core.Pairs;

/// <summary>One line of a roster: who is paired with whom, in which cohort, and how the pair ended (if it has).</summary>
public sealed record RosterEntry(
    string PairId,
    string Cohort,
    string MentorId,
    string MenteeId,
    DateOnly StartDate,
    DateOnly PlannedEndDate,
    PairStatus Status,
    DateOnly? EndDate,
    string? ClosureReason)
{
    /// <summary>The roster's other columns for this pair (site, matching method, …), kept so pairs can be grouped by them.</summary>
    public RosterAttributes Attributes { get; init; } = RosterAttributes.None;

    public RosterPair Pair => new(PairId, Cohort, MentorId, MenteeId);
}
