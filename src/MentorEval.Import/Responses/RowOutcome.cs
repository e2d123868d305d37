using MentorEval.Core.Diagnostics;
using MentorEval.Core.Responses;

namespace MentorEval.Import.Responses;

/// <summary>What became of one row of an export.</summary>
public abstract record RowOutcome(int Row)
{
    /// <summary>A response ready to store; <see cref="Flagged"/> lists what in it is worth checking (warnings: a date far
    /// outside the program's span, an unreadable date kept as missing), as the file gives it.</summary>
    public sealed record Accepted(int Row, SurveyResponse Response, string Wave) : RowOutcome(Row)
    {
        public IReadOnlyList<Diagnostic> Flagged { get; init; } = [];
    }

    /// <summary>Not a real response (a preview, a test, a partial response under --partial skip); not an error.</summary>
    public sealed record Skipped(int Row, string Reason) : RowOutcome(Row);

    /// <summary>A response that cannot be taken as it is, with every reason: one diagnostic per cell (the column empty
    /// for the row as a whole), naming the item when an answer is not valid for it.</summary>
    public sealed record Rejected(int Row, IReadOnlyList<Diagnostic> Cells) : RowOutcome(Row);
}
