using MentorEval.Core.Responses;

namespace MentorEval.Import.Responses;

/// <summary>What became of one row of an export.</summary>
public abstract record RowOutcome(int Row)
{
    /// <summary>A response ready to store; <see cref="Flagged"/> lists what in it is worth checking.</summary>
    public sealed record Accepted(int Row, SurveyResponse Response, string Wave) : RowOutcome(Row)
    {
        public IReadOnlyList<FlaggedCell> Flagged { get; init; } = [];
    }

    /// <summary>Not a real response (a preview, a test, a partial response under --partial skip); not an error.</summary>
    public sealed record Skipped(int Row, string Reason) : RowOutcome(Row);

    /// <summary>A response that cannot be taken as it is, with every reason.</summary>
    public sealed record Rejected(int Row, IReadOnlyList<RejectedCell> Cells) : RowOutcome(Row);
}
