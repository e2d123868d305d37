using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;

namespace MentorEval.Import.Exports;

/// <summary>
/// A survey export opened for reading: its dialect and format detected, its columns described, its responses
/// streamed one at a time by <see cref="ReadRows"/> (the file is never loaded whole).
/// <code>
/// using var export = ExportReader.Open("wave1.csv");
/// if (export.HasErrors) { /* show export.Problems */ }
/// foreach (var row in export.ReadRows())
/// {
///     if (row.IsSkipped || row.HasErrors) continue;   // previews, tests, spam; ragged rows
///     for (var i = 0; i &lt; export.AnswerColumns.Count; i++) { /* export.AnswerColumns[i] answered row.Answers[i] */ }
/// }
/// </code>
/// Bad input never throws: an empty or binary file opens with no columns and an error in <see cref="Problems"/>;
/// problems of a row travel with the row (<see cref="ExportRow.Problems"/>). IO failures (a missing file) do throw.
/// </summary>
public sealed class ExportReader : IDisposable
{
    // Enough rows to find a day above 12 in most files, few enough to hold in memory.
    private const int DateOrderSampleRows = 500;

    private static readonly char[] OtherSeparators = ['|', ':', '^', '~', '#'];

    private readonly CsvSource source;
    private readonly ExportLayout? layout;
    private readonly List<Diagnostic> headerProblems;
    private readonly TimestampReader timestamps;
    private bool rowsRead;

    private ExportReader(CsvSource source, ExportLayout? layout, ExportDetection? detection, List<Diagnostic> headerProblems, TimestampReader timestamps)
    {
        this.source = source;
        this.layout = layout;
        this.headerProblems = headerProblems;
        this.timestamps = timestamps;
        Detection = detection;
    }

    /// <summary>The file name used in problems.</summary>
    public string Source => source.Name;

    /// <summary>Encoding, separator and line breaks; null when the file is not readable CSV.</summary>
    public CsvDialect? Dialect => source.Dialect;

    /// <summary>The format and the evidence for it; null when the file is not readable CSV.</summary>
    public ExportDetection? Detection { get; }

    public ExportFormat? Format => Detection?.Format;

    /// <summary>Every column, in file order (empty when the file is not readable).</summary>
    public IReadOnlyList<ExportColumn> Columns => layout?.Columns ?? [];

    /// <summary>The answer columns, in file order; <see cref="ExportRow.Answers"/> is aligned with them.</summary>
    public IReadOnlyList<ExportColumn> AnswerColumns => layout?.AnswerColumns ?? [];

    /// <summary>
    /// How ambiguous slash dates (<c>3/5/2024</c>) are read. Policy: the caller's <see cref="ExportReadOptions.DateOrder"/>;
    /// else day/month when a date in the first rows has a first number above 12 (<c>13/03/2024</c>), month/day when one
    /// has a second number above 12; else month/day, as SurveyMonkey and US Google Sheets write. ISO dates
    /// (<c>2024-03-05</c>) and dotted dates (<c>05.03.2024</c>, always day first) are never ambiguous. A later row that
    /// contradicts the decision is read the only way it can be, with a warning.
    /// </summary>
    public DateOrder DateOrder => timestamps.Order;

    /// <summary>Problems of the file as a whole (dialect, header). An encoding fallback is only known once the rows have been read.</summary>
    public IReadOnlyList<Diagnostic> Problems => [.. source.Problems, .. headerProblems];

    /// <summary>Whether the file has an error that prevents a faithful import (unreadable, no respondent id column, no responses).</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == DiagnosticSeverity.Error);

    public static ExportReader Open(string path, ExportReadOptions? options = null)
    {
        options ??= ExportReadOptions.Default;
        return Open(CsvSource.Open(path, options.Separator, options.Encoding), options);
    }

    /// <summary>Opens a stream (which need not be seekable); it is disposed with the reader unless <paramref name="leaveOpen"/>.</summary>
    public static ExportReader Open(Stream stream, string name, ExportReadOptions? options = null, bool leaveOpen = false)
    {
        options ??= ExportReadOptions.Default;
        return Open(CsvSource.Open(stream, name, options.Separator, options.Encoding, leaveOpen), options);
    }

    /// <summary>
    /// Reads the responses, once. Blank lines are skipped; previews and tests are returned marked
    /// (<see cref="ExportRow.Skip"/>) so the caller can count and report them.
    /// </summary>
    /// <param name="answersRead">The answer columns the caller reads (those mapped to an instrument's items), when it
    /// reads only some: a REDCap export holds every form of the project, so a row's <see cref="ExportRow.Completion"/>
    /// then comes from the status of the forms these columns are on (<see cref="ExportColumn.FormStatusIndex"/>), and
    /// only those statuses are checked. Null: from every form of the row.</param>
    public IEnumerable<ExportRow> ReadRows(IEnumerable<ExportColumn>? answersRead = null)
    {
        if (rowsRead)
        {
            throw new InvalidOperationException("The rows of an export can be read only once; open it again to re-read.");
        }

        rowsRead = true;
        if (layout is null)
        {
            return [];
        }

        var formStatus = answersRead is null ? layout.FormStatus : FormStatusOf(answersRead);
        return Rows(new RowBuilder(layout, formStatus, timestamps, Source));
    }

    public void Dispose() => source.Dispose();

    /// <summary>The status columns of the forms the answers are on, once each, in file order.</summary>
    private static int[] FormStatusOf(IEnumerable<ExportColumn> answers) =>
        answers.Select(c => c.FormStatusIndex).Where(i => i >= 0).Distinct().Order().ToArray();

    private IEnumerable<ExportRow> Rows(RowBuilder builder)
    {
        while (source.MoveNext())
        {
            yield return builder.Build(source);
        }
    }

    private static ExportReader Open(CsvSource source, ExportReadOptions options)
    {
        var fallbackTimestamps = new TimestampReader(options.DateOrder ?? DateOrder.MonthFirst, options.TimeZone);
        if (source.Dialect is null)
        {
            return new ExportReader(source, null, null, [], fallbackTimestamps);
        }

        var first = source.Peek(3);
        if (first.Count == 0)
        {
            var empty = ExportDiagnostic.Of(source.Name, DiagnosticCodes.Export.EmptyFile, DiagnosticSeverity.Error, "The file has no rows.", fix: "Export the responses again.");
            return new ExportReader(source, null, null, [empty], fallbackTimestamps);
        }

        if (first[0].Fields.Count == 1)
        {
            return new ExportReader(source, null, null, [SingleColumn(source.Name, first[0])], fallbackTimestamps);
        }

        var detection = options.Format is { } forced
            ? new ExportDetection(forced, ["the format was chosen by the caller"], Forced: true)
            : ExportDetector.Detect(first);
        var builder = new LayoutBuilder(source.Name, options);
        Describe(detection.Format, first, builder);
        var layout = builder.Build(first[0].Row);
        for (var i = 0; i < layout.HeaderRowCount; i++)
        {
            source.MoveNext();
        }

        var problems = builder.Problems;
        if (source.Peek(1).Count == 0)
        {
            problems.Add(ExportDiagnostic.Of(source.Name, DiagnosticCodes.Export.HeaderOnly, DiagnosticSeverity.Error,
                "The file has header rows but no responses.", fix: "Check the export's filters and date range, and export again."));
        }

        var (order, evidence) = DecideDateOrder(source, layout, options, problems);
        if (evidence is not null)
        {
            detection = detection with { Evidence = [.. detection.Evidence, evidence] };
        }

        return new ExportReader(source, layout, detection, problems, new TimestampReader(order, options.TimeZone));
    }

    /// <summary>Every export has an id column and answers: a header of one column means the separator is one this reader does not detect.</summary>
    private static Diagnostic SingleColumn(string name, CsvRecord header)
    {
        var line = header[0];
        var guess = OtherSeparators.Where(c => line.Contains(c)).OrderByDescending(c => line.Count(x => x == c)).Select(c => (char?)c).FirstOrDefault();
        return ExportDiagnostic.Of(name, DiagnosticCodes.Export.UnknownSeparator, DiagnosticSeverity.Error,
            $"The header line (\"{HeaderCells.Quote(line)}\") has no comma, semicolon or tab between its column names, so the whole line reads as one column"
            + (guess is { } g ? $"; the file seems to be separated by '{g}'" : "")
            + ".",
            header.Row, fix: "Save it from the spreadsheet or survey tool as CSV (comma, semicolon or tab separated) and import that file.");
    }

    private static void Describe(ExportFormat format, IReadOnlyList<CsvRecord> first, LayoutBuilder builder)
    {
        switch (format)
        {
            case ExportFormat.Qualtrics:
                QualtricsFormat.Describe(first, builder);
                break;
            case ExportFormat.QualtricsLegacy:
                QualtricsLegacyFormat.Describe(first, builder);
                break;
            case ExportFormat.Redcap:
                RedcapFormat.Describe(first, builder);
                break;
            case ExportFormat.SurveyMonkey:
                SurveyMonkeyFormat.Describe(first, builder);
                break;
            case ExportFormat.GoogleForms:
                GoogleFormsFormat.Describe(first, builder);
                break;
            case ExportFormat.Typeform:
                TypeformFormat.Describe(first, builder);
                break;
            default:
                GenericFormat.Describe(first, builder);
                break;
        }
    }

    /// <summary>Applies the <see cref="DateOrder"/> policy to the first rows' submitted-at cells.</summary>
    private static (DateOrder Order, string? Evidence) DecideDateOrder(CsvSource source, ExportLayout layout, ExportReadOptions options, List<Diagnostic> problems)
    {
        if (options.DateOrder is { } chosen)
        {
            return (chosen, null);
        }

        if (layout.SubmittedAt.Length == 0)
        {
            return (layout.DefaultDateOrder, null);
        }

        (int Row, string Text)? dayFirst = null, monthFirst = null;
        var anyAmbiguous = false;
        foreach (var record in source.Peek(DateOrderSampleRows))
        {
            foreach (var index in layout.SubmittedAt)
            {
                if (!TimestampParser.TryParse(record[index], out var parts) || !parts.IsAmbiguous)
                {
                    continue;
                }

                anyAmbiguous = true;
                if (parts.First > 12 && parts.Second <= 12)
                {
                    dayFirst ??= (record.Row, record[index].Trim());
                }
                else if (parts.Second > 12 && parts.First <= 12)
                {
                    monthFirst ??= (record.Row, record[index].Trim());
                }
            }
        }

        if (dayFirst is { } d && monthFirst is { } m)
        {
            problems.Add(ExportDiagnostic.Of(source.Name, DiagnosticCodes.Export.AmbiguousDateOrder, DiagnosticSeverity.Warning,
                $"Row {d.Row} has \"{d.Text}\" (day first) but row {m.Row} has \"{m.Text}\" (month first); dates are read as {Describe(layout.DefaultDateOrder)}.",
                fix: "Check the submitted times."));
            return (layout.DefaultDateOrder, null);
        }

        if (dayFirst is { } day)
        {
            return (DateOrder.DayFirst, $"dates are read as day/month: row {day.Row} has \"{day.Text}\"");
        }

        if (monthFirst is { } month)
        {
            return (DateOrder.MonthFirst, $"dates are read as month/day: row {month.Row} has \"{month.Text}\"");
        }

        return anyAmbiguous
            ? (layout.DefaultDateOrder, $"dates are read as {Describe(layout.DefaultDateOrder)}: no date in the first rows has a number above 12 to tell")
            : (layout.DefaultDateOrder, null);
    }

    private static string Describe(DateOrder order) => order == DateOrder.MonthFirst ? "month/day" : "day/month";
}
