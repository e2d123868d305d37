using ClosedXML.Excel;
using MentorEval.Core.Risk;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>
/// The pairs likely to close early, most at risk first, with the method that judged them and its reasons. The sentence,
/// the score column's colour and the risk chart all state the one rule that decided the flags (<see cref="FlagRule"/>).
/// </summary>
internal static class RiskSheet
{
    public const string Name = "At risk";

    private const string FlaggedFill = "#FFC7CE";

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

        var model = risk.Method == RiskMethod.Model;
        var flagged = risk.Pairs.Where(p => p.Flagged).ToList();
        sheet.Facts(
        [
            new("As of", $"the end of the {risk.Wave} wave"),
            new("Method", model
                ? "model trained on earlier cohorts (probability = its calibrated chance of closing early)"
                : "documented rules (no model: no probability; a pair's concern score adds up the severities of the rules that fire for it)"),
            new("Flagged", $"{flagged.Count} of the {risk.Pairs.Count} pairs still running at that wave: " +
                           (risk.Flag?.Describe() ?? (model ? "those with the highest probability" : "those with the most serious warning signs"))),
            .. risk.Flag is { } rule ? new[] { new KeyValuePair<string, string>("Held-out check", rule.HeldOutSentence()) } : [],
            .. risk.Note is { } note ? new[] { new KeyValuePair<string, string>("Note", note) } : [],
            .. content.BaseRate() is { } baseRate ? new[] { new KeyValuePair<string, string>("Base rate", baseRate) } : [],
        ]);
        sheet.ChartSlot();
        var header = sheet.Row;
        var ordered = risk.Pairs
            .OrderByDescending(p => p.Flagged).ThenByDescending(p => p.Score).ThenBy(p => p.PairId, StringComparer.Ordinal)
            .ToList();
        var data = sheet.Table("AtRisk",
        [
            Column.Text("Pair"), model ? Column.Percent("Probability") : Column.Integer("Concern score"), Column.Text("Flagged"), Column.Text("Method"),
            Column.Text("Reason 1"), Column.Text("Reason 2"), Column.Text("Reason 3"),
        ], ordered.Select(p => (IReadOnlyList<object?>)
        [
            p.PairId, model ? p.Probability : p.Concern, p.Flagged ? "yes" : "no", model ? "model" : "rules",
            p.Reasons.ElementAtOrDefault(0), p.Reasons.ElementAtOrDefault(1), p.Reasons.ElementAtOrDefault(2),
        ]));
        sheet.FreezeAbove(header + 1);
        if (data is not null)
        {
            // One colour, one meaning: a pair's score and flag are coloured exactly when it is flagged, never by a scale of its own.
            var flag = data.Column(3).FirstCell().Address;
            data.Column(2).AddConditionalFormat().WhenIsTrue($"${flag.ColumnLetter}{flag.RowNumber}=\"yes\"").Fill.SetBackgroundColor(XLColor.FromHtml(FlaggedFill));
            data.Column(3).AddConditionalFormat().WhenEquals("\"yes\"").Fill.SetBackgroundColor(XLColor.FromHtml(FlaggedFill));
        }

        HeldOutTable.Write(sheet, risk);

        sheet.Finish();
        return sheet;
    }
}
