using MentorEval.Core.Instruments;

namespace MentorEval.Import.Exports;

/// <summary>
/// Something wrong with an export, located by file, row and column. <see cref="Row"/> is the physical line of the file
/// where the record starts (1-based, counting header rows, blank lines and the lines inside quoted cells), so
/// "row 57" is the line a user finds at line 57 in a text editor.
/// </summary>
public sealed record ExportProblem(
    string Source,
    ExportProblemKind Kind,
    ProblemSeverity Severity,
    string Message,
    int? Row = null,
    string? Column = null)
{
    /// <summary>The cell's text, whole, when the problem is about one cell (the message quotes it cut to a readable length).</summary>
    public string? Value { get; init; }

    public override string ToString()
    {
        var where = Source;
        if (Row is not null)
        {
            where += $", row {Row}";
        }

        if (Column is not null)
        {
            where += $", column {Column}";
        }

        // Callers add "error"/"warning" themselves, as they show it.
        return $"{where}: {Message}";
    }
}
