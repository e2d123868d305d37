using System.Text;
using CsvHelper;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;

namespace MentorEval.Import.Exports;

/// <summary>
/// A CSV file opened for streaming: its encoding and separator detected (<see cref="Dialect"/>), its records read one
/// at a time. Blank lines, and lines whose cells are all blank (Excel writes <c>,,,,</c> for empty rows), are skipped.
/// A file that cannot be read as CSV (empty, binary) opens without error: <see cref="Dialect"/> is null and
/// <see cref="Problems"/> says why.
/// </summary>
public sealed class CsvSource : IDisposable
{
    private const int SampleSize = 64 * 1024;

    // Guards against a quote that is never closed in a huge file, and against a file that is not an export at all (one
    // enormous line): such a record would otherwise be buffered whole. A real response is a few kilobytes.
    internal const int MaxRecordBytes = 16 * 1024 * 1024;

    // The widest exports (REDCap projects with every form in one file) have a few thousand columns.
    internal const int MaxColumns = 10_000;

    // Most answer cells are one ASCII character ("1".."7"); sharing these strings saves an allocation per cell.
    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private readonly Windows1252Fallback? fallback;
    private CsvReader? reader;
    private readonly List<Diagnostic> problems = [];
    private readonly List<Diagnostic> quoteProblems = [];
    private readonly List<CsvRecord> lookahead = [];
    private int lookaheadNext;
    private CsvRecord? current;
    private bool onLiveRecord;
    private bool finished;

    private CsvSource(string name, CsvDialect? dialect, Windows1252Fallback? fallback, Diagnostic? problem)
    {
        Name = name;
        Dialect = dialect;
        this.fallback = fallback;
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }

    /// <summary>The file name used in problems.</summary>
    public string Name { get; }

    /// <summary>Encoding, separator and line breaks; null when the file is not readable CSV text.</summary>
    public CsvDialect? Dialect { get; }

    /// <summary>Problems of the file as a whole. Grows while reading: an encoding fallback is known only at the end.</summary>
    public IReadOnlyList<Diagnostic> Problems => problems;

    /// <summary>Opens a file. <paramref name="separator"/> overrides detection.</summary>
    public static CsvSource Open(string path, char? separator = null, TextEncoding? encoding = null) =>
        Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan),
            Path.GetFileName(path), separator, encoding);

    /// <summary>
    /// Opens a stream (which need not be seekable) read from its current position, and disposes it with this
    /// source unless <paramref name="leaveOpen"/>. <paramref name="separator"/> and <paramref name="encoding"/> override detection.
    /// </summary>
    public static CsvSource Open(Stream stream, string name, char? separator = null, TextEncoding? encoding = null, bool leaveOpen = false)
    {
        var sample = new byte[SampleSize];
        var length = ReadSample(stream, sample);
        var isWholeFile = length < sample.Length;
        if (length == 0)
        {
            return Unreadable(stream, leaveOpen, name, DiagnosticCodes.Export.EmptyFile, "The file is empty.", "Export the responses again.");
        }

        var sniff = EncodingSniffer.Detect(sample.AsSpan(0, length), isWholeFile);
        if (sniff.NotText is not null)
        {
            return Unreadable(stream, leaveOpen, name, DiagnosticCodes.Export.NotText,
                $"The file {sniff.NotText}.", "Export the survey responses as CSV and import that file.");
        }

        var textEncoding = encoding ?? sniff.Encoding;
        var preamble = encoding is null ? sniff.PreambleLength : PreambleLength(textEncoding, sample.AsSpan(0, length));
        var start = EncodingSniffer.Decoding(textEncoding, out _).GetString(sample, preamble, length - preamble);
        if (isWholeFile && string.IsNullOrWhiteSpace(start))
        {
            return Unreadable(stream, leaveOpen, name, DiagnosticCodes.Export.EmptyFile, "The file has only blank lines.", "Export the responses again.");
        }

        var dialectSniff = DialectSniffer.Detect(start);
        var dialect = new CsvDialect(textEncoding, separator ?? dialectSniff.Separator, dialectSniff.LineEnding);
        var decoding = EncodingSniffer.Decoding(textEncoding, out var fallback);
        var text = new StreamReader(new PrefixedStream(sample.AsMemory(preamble, length - preamble), stream, leaveOpen),
            decoding, detectEncodingFromByteOrderMarks: false, bufferSize: SampleSize, leaveOpen: false);

        var source = new CsvSource(name, dialect, fallback, null);
        var options = new CsvReaderOptions
        {
            Separator = dialect.Separator,
            DetectSeparatorHint = dialectSniff.FromHintLine,
            HasHeader = false,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = source.OnMalformedRecord,
        };
        source.reader = CsvReader.Create(text, options, leaveOpen: false);
        return source;
    }

    /// <summary>Reads the remaining records.</summary>
    public IEnumerable<CsvRecord> ReadRecords()
    {
        while (MoveNext())
        {
            yield return CurrentRecord();
        }
    }

    public void Dispose() => reader?.Dispose();

    /// <summary>Advances to the next non-blank record.</summary>
    internal bool MoveNext()
    {
        if (lookaheadNext < lookahead.Count)
        {
            current = lookahead[lookaheadNext++];
            if (lookaheadNext == lookahead.Count)
            {
                lookahead.Clear();
                lookaheadNext = 0;
            }

            onLiveRecord = false;
            return true;
        }

        current = null;
        onLiveRecord = ReadLive();
        return onLiveRecord;
    }

    /// <summary>The physical line where the current record starts.</summary>
    internal int Row => current?.Row ?? LiveRow;

    internal int FieldCount => current?.Fields.Count ?? reader!.FieldCount;

    /// <summary>Field <paramref name="index"/> of the current record; empty past its end.</summary>
    internal string Field(int index) => current is not null ? current[index] : LiveField(index);

    /// <summary>Quoting problems of the current record.</summary>
    internal IReadOnlyList<Diagnostic> CurrentProblems => current?.Problems ?? TakeQuoteProblems(Row);

    /// <summary>The current record, materialized.</summary>
    internal CsvRecord CurrentRecord() => current ?? LiveRecord();

    private int LiveRow => (int)reader!.LineNumber;

    private string LiveField(int index)
    {
        var span = reader!.GetSpan(index);
        return span.Length switch
        {
            0 => "",
            1 when span[0] < 0x80 => AsciiStrings[span[0]],
            _ => reader.GetString(index),
        };
    }

    private CsvRecord LiveRecord()
    {
        var fields = new string[reader!.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = LiveField(i);
        }

        return new CsvRecord(LiveRow, fields) { Problems = TakeQuoteProblems(LiveRow) };
    }

    /// <summary>Up to <paramref name="count"/> records after the current one, without moving past them.</summary>
    internal IReadOnlyList<CsvRecord> Peek(int count)
    {
        if (onLiveRecord)
        {
            // The live record is about to be overwritten by reading ahead: keep it.
            current = LiveRecord();
            onLiveRecord = false;
        }

        while (lookahead.Count - lookaheadNext < count && ReadLive())
        {
            lookahead.Add(LiveRecord());
        }

        return lookahead.GetRange(lookaheadNext, Math.Min(count, lookahead.Count - lookaheadNext));
    }

    private bool ReadLive()
    {
        if (finished || reader is null)
        {
            return false;
        }

        try
        {
            while (reader.Read())
            {
                if (reader.FieldCount > MaxColumns)
                {
                    problems.Add(ExportDiagnostic.Of(Name, DiagnosticCodes.Export.RecordTooLarge, DiagnosticSeverity.Error,
                        $"This row has {reader.FieldCount:N0} cells, more than the {MaxColumns:N0} columns any survey export has, so reading stopped here.",
                        row: LiveRow, fix: "Check that this is the survey export, saved as CSV, and export it again if it is."));
                    break;
                }

                if (!IsBlankRecord(reader))
                {
                    return true;
                }
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(ExportDiagnostic.Of(Name, DiagnosticCodes.Export.RecordTooLarge, DiagnosticSeverity.Error,
                $"A record is larger than {MaxRecordBytes / (1024 * 1024)} MB, so reading stopped here.",
                row: e.LineNumber > 0 ? (int)e.LineNumber : null,
                fix: "A quote that is never closed usually causes this (check the quotes on this row), or a file that is not a survey export (export the responses again as CSV)."));
        }

        finished = true;
        if (fallback?.WasUsed == true)
        {
            problems.Add(ExportDiagnostic.Of(Name, DiagnosticCodes.Export.EncodingFallback, DiagnosticSeverity.Warning,
                "Some bytes are not valid UTF-8; they were read as Windows-1252 characters.", fix: "Check accented names, and save the file as \"CSV UTF-8\" to be sure."));
        }

        return false;
    }

    private static bool IsBlankRecord(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            foreach (var b in reader.GetSpan(i))
            {
                if (b is not ((byte)' ' or (byte)'\t'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private void OnMalformedRecord(CsvMalformedRecord record)
    {
        var (severity, message, fix) = record.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote => (DiagnosticSeverity.Error,
                "A quote opened on this row is never closed, so the rest of the file was read as one cell.", "Close the quote, and double every quote inside a quoted cell (\"\")."),
            CsvMalformedReason.TextAfterClosingQuote => (DiagnosticSeverity.Warning,
                "Text follows the closing quote of a cell and was added to it.", "A quote inside a quoted cell must be doubled (\"\")."),
            _ => (DiagnosticSeverity.Warning,
                "A quote inside an unquoted cell was kept as text.", "If the cell was meant to be quoted, the quote must be its first character."),
        };
        quoteProblems.Add(ExportDiagnostic.Of(Name, DiagnosticCodes.Export.MalformedQuotes, severity, message, row: (int)record.LineNumber, fix: fix));
    }

    private IReadOnlyList<Diagnostic> TakeQuoteProblems(int row)
    {
        if (quoteProblems.Count == 0)
        {
            return [];
        }

        var taken = quoteProblems.FindAll(p => p.Row == row);
        quoteProblems.RemoveAll(p => p.Row <= row);
        return taken;
    }

    private static int ReadSample(Stream stream, byte[] sample)
    {
        var total = 0;
        int read;
        while (total < sample.Length && (read = stream.Read(sample, total, sample.Length - total)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static int PreambleLength(TextEncoding encoding, ReadOnlySpan<byte> bytes) => encoding switch
    {
        TextEncoding.Utf8 or TextEncoding.Utf8WithBom when bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) => 3,
        TextEncoding.Utf16LittleEndian when bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) => 2,
        TextEncoding.Utf16BigEndian when bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) => 2,
        _ => 0,
    };

    private static CsvSource Unreadable(Stream stream, bool leaveOpen, string name, string code, string message, string fix)
    {
        if (!leaveOpen)
        {
            stream.Dispose();
        }

        return new CsvSource(name, null, null, ExportDiagnostic.Of(name, code, DiagnosticSeverity.Error, message, fix: fix));
    }
}
