namespace MentorEval.Import.Exports;

/// <summary>How to read an export; every option overrides detection and is rarely needed.</summary>
public sealed record ExportReadOptions
{
    public static ExportReadOptions Default { get; } = new();

    /// <summary>Read the file as this format instead of detecting it.</summary>
    public ExportFormat? Format { get; init; }

    /// <summary>The separator, instead of detecting it from the header line.</summary>
    public char? Separator { get; init; }

    /// <summary>The encoding, instead of detecting it.</summary>
    public TextEncoding? Encoding { get; init; }

    /// <summary>How to read ambiguous slash dates, instead of the file's evidence (see <see cref="ExportReader.DateOrder"/>).</summary>
    public DateOrder? DateOrder { get; init; }

    /// <summary>
    /// The column that holds the program's id of each respondent (a question such as "Your participant code"), named by
    /// its column name or header, ignoring case and surrounding spaces. It is read as <see cref="ColumnKind.ParticipantId"/>
    /// in place of any the format found, and is not an answer. Needed when the survey tool's own id is not the one the
    /// roster knows: a Google Form that did not collect email addresses, a question carrying the code in any tool.
    /// </summary>
    public string? RespondentColumn { get; init; }

    /// <summary>The time zone of timestamps that carry no offset and no zone of their own (a Qualtrics ImportId may
    /// name one): the survey account's or spreadsheet's zone. UTC unless set.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}
