using System.Globalization;
using System.Text;

namespace MentorEval.Core.Diagnostics;

/// <summary>
/// The one way a <see cref="Diagnostic"/> is written: as a line of text, and as the same named fields in JSON
/// (<see cref="DiagnosticJsonConverter"/>) and in a rejects CSV (<see cref="Fields"/>, <see cref="Cells"/>).
/// </summary>
public static class DiagnosticText
{
    /// <summary>The fields' names, in order: the JSON properties and the rejects CSV's header.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["file", "row", "column", "severity", "code", "message", "fix", "item", "value"];

    /// <summary><c>file, row N, column C: message Fix.</c> Row and column are left out when the problem has none; a
    /// column whose name has a comma or colon is quoted, so the line still reads unambiguously.</summary>
    public static string Line(Diagnostic d)
    {
        var line = new StringBuilder(d.File);
        if (d.Row is { } row) line.Append(", row ").Append(row.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(d.Column))
            line.Append(", column ").Append(d.Column.AsSpan().IndexOfAny(',', ':') >= 0 && d.Column[0] != '"' ? $"\"{d.Column}\"" : d.Column);
        return line.Append(": ").Append(Text(d)).ToString();
    }

    /// <summary>The message and the fix, as one text.</summary>
    public static string Text(Diagnostic d) => d.Fix is null ? d.Message : $"{d.Message} {d.Fix}";

    /// <summary>"error" or "warning".</summary>
    public static string Severity(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";

    /// <summary>The fields' values in the order of <see cref="Fields"/> (null when the problem has none).</summary>
    public static string?[] Cells(Diagnostic d) =>
        [d.File, d.Row?.ToString(CultureInfo.InvariantCulture), d.Column, Severity(d.Severity), d.Code, d.Message, d.Fix, d.Item, d.Value];
}
