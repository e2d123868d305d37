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

    /// <summary>The time zone of timestamps that carry no offset and no zone of their own (a Qualtrics ImportId may
    /// name one): the survey account's or spreadsheet's zone. UTC unless set.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}
