using System.Globalization;
using ClosedXML.Excel;
using MentorEval.Core.Risk;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>The pairs likely to close early, most at risk first, with the method that judged them and its reasons.</summary>
internal static class RiskSheet
{
    public const string Name = "At risk";

    public static SheetWriter Write(XLWorkbook workbook, CohortReportContent content)
    {
        var sheet = new SheetWriter(workbook, Name);
        sheet.Title($"Pairs at risk of closing early: cohort {content.Cohort}");
        if (content.Request.Risk is not { } risk)
        {
            sheet.Line("Early-closure risk was not judged for this cohort (no responses at a wave while pairs were running).");
            sheet.Finish();
            return sheet;
        }

        sheet.Facts(
        [
            new("As of", $"the end of the {risk.Wave} wave"),
            new("Method", risk.Method == RiskMethod.Model
                ? "model trained on earlier cohorts (probability = its calibrated chance of closing early)"
                : "documented rules (no model yet: no probability, pairs with the most warning signs are flagged)"),
            new("Flagged", $"{risk.Pairs.Count(p => p.Flagged)} of the {risk.Pairs.Count} pairs still running at that wave" +
                           (risk.Threshold is { } t ? $" (probability at least {t.ToString("0.00", CultureInfo.InvariantCulture)})" : "")),
            .. risk.Note is { } note ? new[] { new KeyValuePair<string, string>("Note", note) } : [],
        ]);
        var header = sheet.Row;
        var ordered = risk.Pairs
            .OrderByDescending(p => p.Flagged).ThenByDescending(p => p.Probability ?? p.Reasons.Count).ThenBy(p => p.PairId, StringComparer.Ordinal)
            .ToList();
        var data = sheet.Table("AtRisk",
        [
            Column.Text("Pair"), Column.Percent("Probability"), Column.Text("Flagged"), Column.Text("Method"),
            Column.Text("Reason 1"), Column.Text("Reason 2"), Column.Text("Reason 3"),
        ], ordered.Select(p => (IReadOnlyList<object?>)
        [
            p.PairId, p.Probability, p.Flagged ? "yes" : "no", p.Method == RiskMethod.Model ? "model" : "rules",
            p.Reasons.ElementAtOrDefault(0), p.Reasons.ElementAtOrDefault(1), p.Reasons.ElementAtOrDefault(2),
        ]));
        sheet.FreezeAbove(header + 1);
        if (data is not null)
        {
            data.Column(2).AddConditionalFormat().ColorScale()
                .LowestValue(XLColor.FromHtml("#63BE7B")).Midpoint(XLCFContentType.Percentile, 50, XLColor.FromHtml("#FFEB84")).HighestValue(XLColor.FromHtml("#F8696B"));
            data.Column(3).AddConditionalFormat().WhenEquals("\"yes\"").Fill.SetBackgroundColor(XLColor.FromHtml("#FFC7CE"));
        }

        sheet.Finish();
        return sheet;
    }
}
