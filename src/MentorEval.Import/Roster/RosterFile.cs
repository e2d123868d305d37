using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;

namespace MentorEval.Import.Roster;

/// <summary>A roster as read from a file: its pairs when every row is valid, else every problem found.</summary>
public sealed record RosterFile(IReadOnlyList<RosterEntry> Entries, IReadOnlyList<Diagnostic> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
