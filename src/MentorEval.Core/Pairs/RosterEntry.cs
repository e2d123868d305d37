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
    public RosterPair Pair => new(PairId, Cohort, MentorId, MenteeId);
}
