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
        sheet.Line("Gap = mentor's score − mentee's score. ICC(2,1): absolute agreement; ICC(3,1): consistency; both Shrout & Fleiss's ANOVA estimates " +
                   "(as psych::ICC(lmer = FALSE) reports them), negative when mentor and mentee disagree more than chance would.", italic: true);
        sheet.Skip();
        sheet.ChartSlot();
        var header = sheet.Row;
        var rows = content.Analysis.Dyads;
        var data = sheet.Table("DyadAgreement",
        [
            Column.Text("Instrument"), Column.Text("Scale"), Column.Text("Wave"), Column.Integer("Pairs"), Column.Decimal("Mentor mean"), Column.Decimal("Mentee mean"),
            Column.Decimal("Mean gap"), Column.Decimal("Mean |gap|"), Column.Decimal("Paired t"), Column.PValue("p"), Column.Decimal("r"),
            Column.Decimal("ICC(2,1)"), Column.Decimal("ICC(3,1)"), Column.Text("Note"),
        ], rows.Select(d => (IReadOnlyList<object?>)
        [
            d.Instrument, content.ScaleTitle(d.Instrument, d.Scale), d.Wave, d.Suppressed ? $"< {content.MinimumCell}" : d.NPairs,
            d.MeanMentor, d.MeanMentee, d.MeanGap, d.MeanAbsoluteGap, d.T, d.P, d.Correlation, d.Icc2, d.Icc3,
            d.Suppressed ? "Fewer than " + content.MinimumCell + " pairs with both views: withheld" : null,
        ]));
        sheet.FreezeAbove(header + 1);
        if (data is not null) Withheld.Grey(data, rows.Select(r => r.Suppressed).ToList());

        // One row per pair, one gap column per scale: a leader reads a pair across its scales in one line.
        var shown = rows.Where(d => !d.Suppressed && d.Pairs.Count > 0).ToList();
        var gaps = shown.Select(d => d.Pairs.ToDictionary(p => p.PairId, p => p.Gap)).ToList();
        var pairs = shown.SelectMany(d => d.Pairs.Select(p => p.PairId)).Distinct()
            .Select(id => (Id: id, Gaps: gaps.Select(g => g.TryGetValue(id, out var gap) ? gap : (double?)null).ToList()))
            .Select(p => (p.Id, p.Gaps, Largest: p.Gaps.Where(g => g is not null).Max(g => Math.Abs(g!.Value))))
            .OrderByDescending(p => p.Largest).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        sheet.Heading("Every pair: gap on each scale (mentor − mentee), largest first");
        var gapData = sheet.Table("PairGaps",
        [
            Column.Text("Pair"), Column.Decimal("Largest |gap|"),
            .. shown.Select(d => Column.Decimal($"{content.ScaleTitle(d.Instrument, d.Scale)} ({d.Instrument}, {d.Wave})")),
        ], pairs.Select(p => (IReadOnlyList<object?>)[p.Id, p.Largest, .. p.Gaps.Cast<object?>()]));
        if (gapData is not null)
        {
            for (var c = 3; c <= shown.Count + 2; c++)
            {
                gapData.Column(c).AddConditionalFormat().ColorScale()
                    .LowestValue(XLColor.FromHtml("#5B9BD5")).Midpoint(XLCFContentType.Number, 0, XLColor.White).HighestValue(XLColor.FromHtml("#ED7D31"));
            }
        }

        sheet.Finish();
        return sheet;
    }
}
