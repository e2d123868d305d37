using System.Text.Json.Serialization;

namespace MentorEval.Core.Diagnostics;

/// <summary>
/// One problem a user can cause and fix: in an instrument definition, an export, a roster, a REDCap dictionary, a row
/// of responses or an option's value. Every front end shows it as it is, through <see cref="DiagnosticText"/>: the same
/// fields in the terminal, in --json and in a rejects CSV.
/// </summary>
/// <param name="File">The file the problem is in (or the option, for an option's value).</param>
/// <param name="Code">What kind of problem it is, one of <see cref="DiagnosticCodes"/>: stable, for programs to react to.</param>
/// <param name="Message">What is wrong, in the user's words.</param>
[JsonConverter(typeof(DiagnosticJsonConverter))]
public sealed record Diagnostic(string File, string Code, string Message)
{
    /// <summary>The physical line of the file where the problem is (1-based, counting header rows: the line a text
    /// editor shows); null for the file as a whole.</summary>
    public int? Row { get; init; }

    /// <summary>Where in the row: an export's column (as the file names it), a roster's column, a JSON path in a
    /// definition, or a column number within a line of malformed JSON; null for the whole row.</summary>
    public string? Column { get; init; }

    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Error;

    /// <summary>What to do about it, when the message does not already say.</summary>
    public string? Fix { get; init; }

    /// <summary>The instrument item the problem is about (an answer outside its scale), when there is one.</summary>
    public string? Item { get; init; }

    /// <summary>The cell's text, when the problem is about one cell.</summary>
    public string? Value { get; init; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The terminal line: <c>file, row N, column C: message Fix.</c></summary>
    public override string ToString() => DiagnosticText.Line(this);
}
