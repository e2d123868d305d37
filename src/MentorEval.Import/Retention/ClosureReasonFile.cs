using MentorEval.Core.Retention;
using MentorEval.Core.Diagnostics;

namespace MentorEval.Import.Retention;

/// <summary>A closure-reasons table as read from a file: the table when every row is valid, else every problem found.</summary>
public sealed record ClosureReasonFile(ClosureReasonTable Table, IReadOnlyList<Diagnostic> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
