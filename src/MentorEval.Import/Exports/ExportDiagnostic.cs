using MentorEval.Core.Diagnostics;

namespace MentorEval.Import.Exports;

/// <summary>Problems of an export, located by file, row and column. The row is the physical line of the file where the
/// record starts (1-based, counting header rows, blank lines and the lines inside quoted cells), so "row 57" is the
/// line a user finds at line 57 in a text editor; the column is named as the file names it.</summary>
internal static class ExportDiagnostic
{
    /// <param name="fix">What to do about it, when there is something to do.</param>
    public static Diagnostic Of(string source, string code, DiagnosticSeverity severity, string message, int? row = null, string? column = null, string? fix = null) =>
        new(source, code, message) { Severity = severity, Row = row, Column = column, Fix = fix };
}
