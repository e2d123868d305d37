using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;

namespace MentorEval.Import.Exports;

/// <summary>
/// One response read from an export, with the meaning the format gives its cells.
/// </summary>
/// <param name="Row">The physical line of the file where the response starts (1-based, counting header rows, blank
/// lines and the lines inside quoted cells): the line a user finds in a text editor.</param>
/// <param name="Cells">Every cell, exactly as in the file, aligned with <see cref="ExportReader.Columns"/>. A row whose
/// cells do not line up with the header has a <see cref="DiagnosticCodes.Export.RaggedRow"/> error, the same both ways: fewer
/// cells than the header (padded here with empty cells), or a non-blank cell beyond the header's columns (not kept).
/// Blank cells beyond the header are trailing separators, not data, and are ignored.</param>
/// <param name="Answers">The answer cells, exactly as in the file, aligned with <see cref="ExportReader.AnswerColumns"/>.</param>
public sealed record ExportRow(int Row, IReadOnlyList<string> Cells, IReadOnlyList<string> Answers)
{
    /// <summary>The format's respondent or response id (see <see cref="ColumnKind.RespondentId"/>); null when the
    /// export has no such column or the cell is empty.</summary>
    public string? RespondentId { get; init; }

    /// <summary>The participant id the survey tool carried (Qualtrics <c>ExternalReference</c>, SurveyMonkey
    /// <c>Custom Data 1</c>) or the column named by <see cref="ExportReadOptions.RespondentColumn"/> holds; an importer may prefer it to <see cref="RespondentId"/>, which the tool generates per response.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>Whether the export has a column for <see cref="RespondentId"/> or <see cref="ParticipantId"/> at all: a row of a
    /// file without one is named by its row, a blank cell in a file with one is a missing id.</summary>
    public bool HasIdColumn { get; init; }

    public string? PairId { get; init; }

    public string? Role { get; init; }

    public string? Wave { get; init; }

    /// <summary>When the response was submitted, when the timestamp could be read (see <see cref="ExportReader.DateOrder"/>
    /// and <see cref="ExportReadOptions.TimeZone"/> for times without an offset).</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The submitted-time cell as written.</summary>
    public string? SubmittedAtText { get; init; }

    /// <summary>Whether the respondent finished. In a REDCap export, from the status of the forms holding the answers
    /// read (see <see cref="ExportReader.ReadRows"/>): partial when one is not complete, complete when all with a status are.</summary>
    public ResponseCompletion Completion { get; init; }

    /// <summary>Why this row is not a real response (a Qualtrics preview, test or spam), or null for a real one.</summary>
    public SkipReason? Skip { get; init; }

    /// <summary>The Qualtrics <c>Status</c> cell as written (a code or its text).</summary>
    public string? Status { get; init; }

    /// <summary>REDCap <c>redcap_event_name</c>.</summary>
    public string? Event { get; init; }

    /// <summary>REDCap <c>redcap_repeat_instrument</c>.</summary>
    public string? RepeatInstrument { get; init; }

    /// <summary>REDCap <c>redcap_repeat_instance</c>.</summary>
    public int? RepeatInstance { get; init; }

    /// <summary>Problems of this row. A row with an error (ragged, unclosed quote, no respondent id) must not be imported as is.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    public bool IsSkipped => Skip is not null;

    public bool HasErrors
    {
        get
        {
            foreach (var problem in Problems)
            {
                if (problem.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
