using ClosedXML.Excel;
using MentorEval.Core.Pairs;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>
/// Every response of the cohort with its scale scores, under pseudonyms. One column per scale of every instrument, so
/// the table filters and pivots as one; a row has scores only in its own instrument's columns.
/// </summary>
internal static class ResponsesSheet
{
    public const string Name = "Responses";

    public static SheetWriter Write(XLWorkbook workbook, CohortReportContent content)
    {
        var sheet = new SheetWriter(workbook, Name);
        sheet.Title($"Scored responses: cohort {content.Cohort}");
        sheet.Line("Respondents and pairs appear under pseudonyms (R-…, P-…), the same throughout this sheet; submissions by day (UTC). " +
                   "An empty score had too few answers, or its group too few scores to show (the small-cell rule).", italic: true);
        if (content.WithheldResponses is { Count: > 0 } withheld)
        {
            var count = withheld.Sum(w => w.Responses);
            sheet.Line($"{count} response{(count == 1 ? "" : "s")} withheld (small-cell rule: groups of fewer than {content.MinimumCell} respondents): " +
                       string.Join("; ", withheld.Select(w => $"{w.Instrument} at {w.Wave} ({(w.Role is { } role ? role.Name() + "s" : "no role given")})")) + ".");
        }

        sheet.Skip();
        var scales = content.Instruments.SelectMany(i => i.Scales.Select(s => (Instrument: i.Id, Scale: s))).ToList();
        var offset = content.Instruments.Select((i, n) => (i.Id, Offset: content.Instruments.Take(n).Sum(x => x.Scales.Count)))
            .ToDictionary(x => x.Id, x => x.Offset);
        var header = sheet.Row;
        sheet.Table("Responses",
        [
            Column.Text("Respondent"), Column.Text("Pair"), Column.Text("Role"), Column.Text("Wave"), Column.Text("Instrument"), Column.Date("Submitted"),
            .. scales.Select(s => Column.Decimal($"{s.Scale.Title} ({s.Instrument})")),
        ], content.Responses.Select(r =>
        {
            var cells = new object?[6 + scales.Count];
            (cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]) = (r.Respondent, r.Pair, r.Role?.Name() ?? "", r.Wave, r.Instrument, r.SubmittedOn);
            var at = 6 + offset[r.Instrument];
            for (var s = 0; s < r.Scores.Count; s++) cells[at + s] = r.Scores[s];
            return (IReadOnlyList<object?>)cells;
        }), groupBy: [4]);
        sheet.FreezeAbove(header + 1);
        sheet.Finish();
        return sheet;
    }
}
