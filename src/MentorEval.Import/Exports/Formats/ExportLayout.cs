namespace MentorEval.Import.Exports;

/// <summary>
/// What the header rows of an export said, ready for reading rows: the columns, and where the cells that give a row
/// its meaning are (-1 when the export has no such column).
/// </summary>
internal sealed class ExportLayout
{
    /// <summary>How many of the first records are header rows.</summary>
    public required int HeaderRowCount { get; init; }

    public required IReadOnlyList<ExportColumn> Columns { get; init; }

    public required IReadOnlyList<ExportColumn> AnswerColumns { get; init; }

    /// <summary>The column index of each answer, in <see cref="AnswerColumns"/> order.</summary>
    public required int[] AnswerIndexes { get; init; }

    public int RespondentId { get; init; } = -1;
    public int ParticipantId { get; init; } = -1;
    public int PairId { get; init; } = -1;
    public int Role { get; init; } = -1;
    public int Wave { get; init; } = -1;
    public int Status { get; init; } = -1;
    public int Progress { get; init; } = -1;
    public int Finished { get; init; } = -1;
    public int Event { get; init; } = -1;
    public int RepeatInstrument { get; init; } = -1;
    public int RepeatInstance { get; init; } = -1;

    public required int[] SubmittedAt { get; init; }

    /// <summary>The time zone of each <see cref="SubmittedAt"/> column when the export names one (Qualtrics ImportId).</summary>
    public required TimeZoneInfo?[] SubmittedAtZones { get; init; }

    /// <summary>Every REDCap form status column (<c>&lt;form&gt;_complete</c>), in file order.</summary>
    public required int[] FormStatus { get; init; }

    /// <summary>Google Forms stores only submitted responses.</summary>
    public bool EveryRowComplete { get; init; }

    /// <summary>How the tool writes ambiguous slash dates when a file gives no evidence.</summary>
    public DateOrder DefaultDateOrder { get; init; }

    public int Width => Columns.Count;
}
