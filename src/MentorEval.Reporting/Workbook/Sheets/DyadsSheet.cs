using ClosedXML.Excel;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>Mentor against mentee on every scale both rate: agreement per scale, then the gap of every pair.</summary>
internal static class DyadsSheet
{
    public const string Name = "Dyads";

    public static SheetWriter Write(XLWorkbook workbook, CohortReportContent content)
    {
        var sheet = new SheetWriter(workbook, Name);
        sheet.Title($"Mentor and mentee views at {content.Analysis.Wave ?? "the latest wave"}: cohort {content.Cohort}");
        sheet.Line("Gap = mentor's score − mentee's score. ICC(2,1): absolute agreement; ICC(3,1): consistency.", italic: true);
        sheet.Skip();
        var header = sheet.Row;
        var rows = content.Analysis.Dyads;
        var data = sheet.Table("DyadAgreement",
        [
            Column.Text("Instrument"), Column.Text("Scale"), Column.Text("Wave"), Column.Integer("Pairs"), Column.Decimal("Mentor mean"), Column.Decimal("Mentee mean"),
            Column.Decimal("Mean gap"), Column.Decimal("Mean |gap|"), Column.Decimal("Paired t"), Column.PValue("p"), Column.Decimal("r"),
            Column.Decimal("ICC(2,1)"), Column.Decimal("ICC(3,1)"), Column.Text("Note"),
        ], rows.Select(d => (IReadOnlyList<object?>)
        [
            d.Instrument, ScalesSheet.Scale(content, d.Instrument, d.Scale), d.Wave, d.Suppressed ? $"< {content.MinimumCell}" : d.NPairs,
            d.MeanMentor, d.MeanMentee, d.MeanGap, d.MeanAbsoluteGap, d.T, d.P, d.Correlation, d.Icc2, d.Icc3,
            d.Suppressed ? "Fewer than " + content.MinimumCell + " pairs with both views: withheld" : null,
        ]));
        sheet.FreezeAbove(header + 1);
        if (data is not null) ScalesSheet.Grey(data, rows.Select(r => r.Suppressed).ToList());

        sheet.Heading("Every pair (largest gaps first)");
        var gaps = rows.Where(d => !d.Suppressed)
            .SelectMany(d => d.Pairs.Select(p => (Dyad: d, Pair: p)))
            .OrderByDescending(x => Math.Abs(x.Pair.Gap)).ThenBy(x => x.Pair.PairId, StringComparer.Ordinal)
            .ToList();
        var gapData = sheet.Table("PairGaps",
        [
            Column.Text("Pair"), Column.Text("Instrument"), Column.Text("Scale"), Column.Text("Wave"), Column.Decimal("Mentor"), Column.Decimal("Mentee"), Column.Decimal("Gap"),
        ], gaps.Select(x => (IReadOnlyList<object?>)
        [
            x.Pair.PairId, x.Dyad.Instrument, ScalesSheet.Scale(content, x.Dyad.Instrument, x.Dyad.Scale), x.Dyad.Wave, x.Pair.Mentor, x.Pair.Mentee, x.Pair.Gap,
        ]));
        gapData?.Column(7).AddConditionalFormat().ColorScale()
            .LowestValue(XLColor.FromHtml("#5B9BD5")).Midpoint(XLCFContentType.Number, 0, XLColor.White).HighestValue(XLColor.FromHtml("#ED7D31"));
        sheet.Finish();
        return sheet;
    }
}
