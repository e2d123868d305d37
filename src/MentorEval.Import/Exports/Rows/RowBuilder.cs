using System.Globalization;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Text;

namespace MentorEval.Import.Exports;

/// <summary>
/// Gives the current record of a <see cref="CsvSource"/> its meaning under a layout. Runs once per response, so it
/// works on arrays and indexes only: no LINQ, no allocation beyond the row, its two arrays and non-trivial cells.
/// </summary>
/// <param name="formStatus">The REDCap form status columns a row's completion comes from: those of the forms the
/// caller reads answers from (a status of another form says nothing about these answers).</param>
internal sealed class RowBuilder(ExportLayout layout, int[] formStatus, TimestampReader timestamps, string source)
{
    public ExportRow Build(CsvSource record)
    {
        var row = record.Row;
        var width = layout.Width;
        var count = record.FieldCount;
        var cells = new string[width];
        var filled = Math.Min(count, width);
        for (var i = 0; i < filled; i++)
        {
            cells[i] = record.Field(i);
        }

        for (var i = filled; i < width; i++)
        {
            cells[i] = "";
        }

        List<Diagnostic>? problems = null;
        if (record.CurrentProblems is { Count: > 0 } quoting)
        {
            (problems ??= []).AddRange(quoting);
        }

        if (count > width)
        {
            CheckExtraCells(record, row, width, count, ref problems);
        }
        else if (count < width)
        {
            // The same decision as for extra cells: cells that do not line up with the header are not guessed at. A
            // separator lost inside an answer shifts every later answer one column left, into the wrong item.
            var first = ExportColumn.ColumnLetter(count);
            var last = ExportColumn.ColumnLetter(width - 1);
            Add(ref problems, DiagnosticCodes.Export.RaggedRow, DiagnosticSeverity.Error,
                $"This row has {count} cells but the header has {width} columns: {(first == last ? $"cell {first} is" : $"cells {first}–{last} are")} missing.",
                row, first, "A lost separator or line break inside an answer usually causes this; check the row against the header, or export the file again.");
        }

        var answerIndexes = layout.AnswerIndexes;
        var answers = new string[answerIndexes.Length];
        for (var j = 0; j < answers.Length; j++)
        {
            answers[j] = cells[answerIndexes[j]];
        }

        var respondentId = Cell(cells, layout.RespondentId);
        if (layout.RespondentId >= 0 && respondentId is null)
        {
            Add(ref problems, DiagnosticCodes.Export.MissingRespondentId, DiagnosticSeverity.Error,
                "The respondent id is empty, so this response cannot be attributed to anyone.",
                row, layout.Columns[layout.RespondentId], "Fill it in or remove the row.");
        }

        var (submittedAt, submittedText) = ReadSubmittedAt(cells, row, ref problems);
        var status = Cell(cells, layout.Status);
        SkipReason? skip = null;
        if (status is not null)
        {
            skip = QualtricsStatus.Classify(status, out var known);
            if (!known)
            {
                Add(ref problems, DiagnosticCodes.Export.UnknownStatus, DiagnosticSeverity.Warning,
                    $"Status \"{status}\" is not a Qualtrics status this reader knows; the row is kept as a real response.",
                    row, layout.Columns[layout.Status]);
            }
        }

        return new ExportRow(row, cells, answers)
        {
            RespondentId = respondentId,
            ParticipantId = Cell(cells, layout.ParticipantId),
            HasIdColumn = layout.RespondentId >= 0 || layout.ParticipantId >= 0,
            PairId = Cell(cells, layout.PairId),
            Role = Cell(cells, layout.Role),
            Wave = Cell(cells, layout.Wave),
            SubmittedAt = submittedAt,
            SubmittedAtText = submittedText,
            Completion = Completion(cells, row, ref problems),
            Skip = skip,
            Status = status,
            Event = Cell(cells, layout.Event),
            RepeatInstrument = Cell(cells, layout.RepeatInstrument),
            RepeatInstance = RepeatInstance(cells, row, ref problems),
            Problems = problems ?? (IReadOnlyList<Diagnostic>)[],
        };
    }

    private void CheckExtraCells(CsvSource record, int row, int width, int count, ref List<Diagnostic>? problems)
    {
        for (var i = width; i < count; i++)
        {
            var extra = record.Field(i);
            if (!string.IsNullOrWhiteSpace(extra))
            {
                var letter = ExportColumn.ColumnLetter(i);
                Add(ref problems, DiagnosticCodes.Export.RaggedRow, DiagnosticSeverity.Error,
                    $"This row has {count} cells but the header has {width} columns: cell {letter} (\"{HeaderCells.Quote(extra, 40)}\") has no column.",
                    row, letter, "A separator inside an unquoted answer usually causes this; quote that answer, or export the file again.");
                return;
            }
        }
    }

    /// <summary>The latest readable submitted-at cell (REDCap has one per survey form).</summary>
    private (DateTimeOffset? Value, string? Text) ReadSubmittedAt(string[] cells, int row, ref List<Diagnostic>? problems)
    {
        DateTimeOffset? latest = null;
        string? latestText = null;
        var columns = layout.SubmittedAt;
        for (var k = 0; k < columns.Length; k++)
        {
            var text = Cell(cells, columns[k]);
            if (text is null || IsRedcapNotCompleted(text))
            {
                continue;
            }

            if (!timestamps.TryRead(text, layout.SubmittedAtZones[k], out var value, out var contradicts))
            {
                (problems ??= []).Add(ExportDiagnostic.Of(source, DiagnosticCodes.Export.UnreadableTimestamp, DiagnosticSeverity.Warning,
                    UnreadableTimestamp(text), row, layout.Columns[columns[k]].Reference) with { Value = text });
                latestText ??= text;
                continue;
            }

            if (contradicts)
            {
                var order = timestamps.Order == DateOrder.MonthFirst ? "month/day" : "day/month";
                Add(ref problems, DiagnosticCodes.Export.AmbiguousDateOrder, DiagnosticSeverity.Warning,
                    $"\"{text}\" is only a valid date in the other order, but this file's dates are read as {order} (decided from its first rows).",
                    row, layout.Columns[columns[k]], "Check the dates, or set the date order explicitly.");
            }

            if (latest is null || value > latest)
            {
                latest = value;
                latestText = text;
            }
        }

        return (latest, latestText);
    }

    /// <summary>Why a submitted-at cell is not a time, in the reader's words; the row keeps no time.</summary>
    private static string UnreadableTimestamp(string text)
    {
        var quoted = Excerpt.Of(text);
        if (!TimestampParser.TryParse(text, out var parts))
            return $"\"{quoted}\" is not a date and time this reader knows (e.g. 2024-03-05 14:02:11)";
        // Tools write 0001-01-01 or 1900-01-01 for "no date"; a survey answered online is never that old.
        return parts.Year < TimestampReader.FirstYear
            ? $"\"{quoted}\" is a placeholder for a missing date, not a time the response was submitted"
            : $"\"{quoted}\" is not a date on the calendar (no such day in that month)";
    }

    private ResponseCompletion Completion(string[] cells, int row, ref List<Diagnostic>? problems)
    {
        if (layout.EveryRowComplete)
        {
            return ResponseCompletion.Complete;
        }

        if (layout.Finished >= 0 || layout.Progress >= 0)
        {
            var finished = Finished(cells, row, ref problems);
            var progress = Progress(cells, row, ref problems);
            return (finished, progress) switch
            {
                (false, _) or (_, < 100) => ResponseCompletion.Partial,
                (true, _) or (_, >= 100) => ResponseCompletion.Complete,
                _ => ResponseCompletion.Unknown,
            };
        }

        // Partial when a form is not complete; complete when every form with a status is; unknown when none has one
        // (a longitudinal event the form is not designated for).
        var completion = ResponseCompletion.Unknown;
        foreach (var index in formStatus)
        {
            var status = FormStatus(cells, index, row, ref problems);
            if (status == ResponseCompletion.Partial)
            {
                return ResponseCompletion.Partial;
            }

            if (status == ResponseCompletion.Complete)
            {
                completion = ResponseCompletion.Complete;
            }
        }

        return completion;
    }

    private bool? Finished(string[] cells, int row, ref List<Diagnostic>? problems)
    {
        var text = Cell(cells, layout.Finished);
        if (text is null)
        {
            return null;
        }

        if (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text == "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Unreadable(ref problems, row, layout.Finished, text, "1/0 or TRUE/FALSE");
        return null;
    }

    private double? Progress(string[] cells, int row, ref List<Diagnostic>? problems)
    {
        var text = Cell(cells, layout.Progress);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var progress))
        {
            return progress;
        }

        Unreadable(ref problems, row, layout.Progress, text, "a percentage from 0 to 100");
        return null;
    }

    /// <summary>REDCap form status: raw codes 0/1/2 or the labels Incomplete/Unverified/Complete; only Incomplete (0) is unfinished.</summary>
    private ResponseCompletion FormStatus(string[] cells, int index, int row, ref List<Diagnostic>? problems)
    {
        var text = Cell(cells, index);
        if (text is null)
        {
            return ResponseCompletion.Unknown;
        }

        // Unverified means finished but not yet checked by the project's staff: REDCap users count it as complete.
        if (text is "1" or "2" || text.Equals("Complete", StringComparison.OrdinalIgnoreCase) || text.Equals("Unverified", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseCompletion.Complete;
        }

        if (text == "0" || text.Equals("Incomplete", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseCompletion.Partial;
        }

        Unreadable(ref problems, row, index, text, "0, 1 or 2 (Incomplete, Unverified, Complete)");
        return ResponseCompletion.Unknown;
    }

    private int? RepeatInstance(string[] cells, int row, ref List<Diagnostic>? problems)
    {
        var text = Cell(cells, layout.RepeatInstance);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var instance))
        {
            return instance;
        }

        Unreadable(ref problems, row, layout.RepeatInstance, text, "a whole number");
        return null;
    }

    private static bool IsRedcapNotCompleted(string text) => text.StartsWith("[not completed", StringComparison.OrdinalIgnoreCase);

    /// <summary>A cell trimmed, or null when the column is absent or the cell blank.</summary>
    private static string? Cell(string[] cells, int index)
    {
        if (index < 0)
        {
            return null;
        }

        var text = cells[index].Trim();
        return text.Length == 0 ? null : text;
    }

    private void Unreadable(ref List<Diagnostic>? problems, int row, int index, string text, string expected) =>
        Add(ref problems, DiagnosticCodes.Export.UnreadableValue, DiagnosticSeverity.Warning,
            $"\"{HeaderCells.Quote(text, 40)}\" is not {expected}; it is ignored.", row, layout.Columns[index]);

    private void Add(ref List<Diagnostic>? problems, string code, DiagnosticSeverity severity, string message, int row, ExportColumn column, string? fix = null) =>
        Add(ref problems, code, severity, message, row, column.Reference, fix);

    private void Add(ref List<Diagnostic>? problems, string code, DiagnosticSeverity severity, string message, int row, string column, string? fix = null) =>
        (problems ??= []).Add(ExportDiagnostic.Of(source, code, severity, message, row, column, fix));
}
