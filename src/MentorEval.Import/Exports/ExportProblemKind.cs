namespace MentorEval.Import.Exports;

/// <summary>What kind of problem an <see cref="ExportProblem"/> reports, for callers that react to some kinds.</summary>
public enum ExportProblemKind
{
    /// <summary>The file has no content (or only blank lines).</summary>
    EmptyFile,

    /// <summary>The file is not text: a workbook, an archive, a PDF, or binary data.</summary>
    NotText,

    /// <summary>Some bytes were not valid UTF-8 and were read as Windows-1252.</summary>
    EncodingFallback,

    /// <summary>The file has header rows but no responses.</summary>
    HeaderOnly,

    /// <summary>The header line has no comma, semicolon or tab, so the file reads as one column (another separator, such as <c>|</c>).</summary>
    UnknownSeparator,

    /// <summary>A column the format needs (such as the respondent id) is missing.</summary>
    MissingColumn,

    /// <summary>The column named to hold the respondents' ids (<see cref="ExportReadOptions.RespondentColumn"/>) is not in
    /// the file, names several columns, or is one that holds something else (such as the pair or the wave).</summary>
    UnusableRespondentColumn,

    /// <summary>Two columns have the same header name; the later one was renamed.</summary>
    DuplicateHeader,

    /// <summary>A column has no header name; its cells are not read as answers.</summary>
    UnnamedColumn,

    /// <summary>The header rows are not quite what the format writes (a missing Qualtrics header row, REDCap label headers...).</summary>
    UnexpectedHeader,

    /// <summary>A Qualtrics ImportId cell is not valid JSON.</summary>
    UnreadableImportId,

    /// <summary>A Qualtrics ImportId names a time zone this machine does not know.</summary>
    UnknownTimeZone,

    /// <summary>A row has fewer cells than the header has columns, or a non-blank cell beyond them.</summary>
    RaggedRow,

    /// <summary>A row breaks the quoting rules (a stray quote, text after a closing quote, a quote never closed).</summary>
    MalformedQuotes,

    /// <summary>A record is larger, or has more cells, than the reader accepts: a quote never closed, or not an export.</summary>
    RecordTooLarge,

    /// <summary>A row has no respondent id although the file has the column.</summary>
    MissingRespondentId,

    /// <summary>A timestamp could not be read (not a date, no such day, a placeholder such as 0001-01-01); the raw text is kept.</summary>
    UnreadableTimestamp,

    /// <summary>Slash dates in the file contradict each other (both 13/3 and 3/13 appear).</summary>
    AmbiguousDateOrder,

    /// <summary>A Qualtrics Status the reader does not know; the row is kept.</summary>
    UnknownStatus,

    /// <summary>A cell the reader interprets (Finished, Progress, repeat instance, form status) holds something unexpected.</summary>
    UnreadableValue,
}
