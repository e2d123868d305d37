using MentorEval.Core.Retention;
using MentorEval.Import.Roster;

namespace MentorEval.Import.Retention;

/// <summary>A closure-reasons table as read from a file: the table when every row is valid, else every problem found.</summary>
public sealed record ClosureReasonFile(ClosureReasonTable Table, IReadOnlyList<RosterProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
