namespace MentorEval.Import.Exports;

/// <summary>
/// A column of an export, described from its header rows.
/// </summary>
/// <param name="Index">0-based position in the file.</param>
/// <param name="Name">Unique name of the column within the export: the header name (Qualtrics <c>Q1_2</c>, REDCap
/// <c>mca01</c>, generic item id), the label for legacy Qualtrics <c>V1..V10</c>, the combined question text for
/// SurveyMonkey. A repeated name gets a suffix: the second <c>Q1</c> is <c>Q1 (2)</c>.</param>
/// <param name="Kind">What the column holds.</param>
public sealed record ExportColumn(int Index, string Name, ColumnKind Kind)
{
    /// <summary>The first header row's cell as written in the file (empty for a SurveyMonkey question's later columns).</summary>
    public string Header { get; init; } = "";

    /// <summary>The question, as the respondent read it (Qualtrics row 2, SurveyMonkey row 1 carried over the
    /// question's columns, the part of a Google Forms grid header before <c>[</c>); null when the export has none.</summary>
    public string? QuestionText { get; init; }

    /// <summary>The matrix row, choice or statement within the question (Qualtrics text after the common
    /// "Question - ", SurveyMonkey row 2, Google Forms <c>[Row]</c>); null for a single-column question.</summary>
    public string? RowLabel { get; init; }

    /// <summary>The tool's own id of the column: the Qualtrics ImportId (<c>QID10_1</c>, <c>startDate</c>).</summary>
    public string? VendorId { get; init; }

    /// <summary>Other keys of the Qualtrics ImportId JSON, such as <c>timeZone</c> or <c>choiceId</c>.</summary>
    public IReadOnlyDictionary<string, string> VendorAttributes { get; init; } = EmptyAttributes;

    /// <summary>Whether the cells are free text (Qualtrics <c>_TEXT</c>, SurveyMonkey "Open-Ended Response" and
    /// "Other (please specify)"), not a choice.</summary>
    public bool IsTextEntry { get; init; }

    /// <summary>The Qualtrics loop-and-merge iteration prefix (<c>1</c> in <c>1_Q1_1</c>), or null.</summary>
    public string? LoopPrefix { get; init; }

    /// <summary>The REDCap checkbox variable and choice of a <c>var___code</c> column, or null.</summary>
    public CheckboxChoice? Checkbox { get; init; }

    /// <summary>The position of this column's cells in <see cref="ExportRow.Answers"/>, or -1 when it is not an answer.</summary>
    public int AnswerIndex { get; init; } = -1;

    /// <summary>For a REDCap answer, the index of the status column (<c>&lt;form&gt;_complete</c>) of the form it belongs
    /// to: the first status column after it, as REDCap writes each form's fields and then its status. -1 in other
    /// formats, for REDCap's own columns (record id, event, status...) and for answers after the last status column.</summary>
    public int FormStatusIndex { get; init; } = -1;

    /// <summary>The question text with its row label (<c>"Question - Row label"</c>), or the name when there is no text.</summary>
    public string Text => (QuestionText, RowLabel) switch
    {
        (null, _) => Name,
        (_, null) => QuestionText,
        _ => $"{QuestionText} - {RowLabel}",
    };

    /// <summary>The spreadsheet letter of the column (A, B, ..., Z, AA...), for messages to people who open the file in Excel.</summary>
    public string Letter => ColumnLetter(Index);

    /// <summary>How problems name the column: <c>"Q3" (G)</c>.</summary>
    public string Reference => $"\"{Name}\" ({Letter})";

    internal static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }

        return letters;
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyAttributes = new Dictionary<string, string>();
}
