using ClosedXML.Excel;
using MentorEval.Core.Pairs;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>Pre/post change of every scale for the people who answered at both waves.</summary>
internal static class ChangeSheet
{
    public const string Name = "Change";

    public static SheetWriter Write(XLWorkbook workbook, CohortReportContent content)
    {
        var sheet = new SheetWriter(workbook, Name);
        var analysis = content.Analysis;
        sheet.Title(analysis.CompareWave is { } from
            ? $"Change from {from} to {analysis.Wave}: cohort {content.Cohort}"
            : $"Change: cohort {content.Cohort} has only one wave so far");
        sheet.Line("Respondents who answered at both waves: paired t test, Cohen's d_z (mean change / SD of change) and Wilcoxon's signed-rank test.", italic: true);
        sheet.Skip();
        var header = sheet.Row;
        var rows = analysis.Changes;
        var data = sheet.Table("Change",
        [
            Column.Text("Instrument"), Column.Text("Scale"), Column.Text("Role"), Column.Text("From"), Column.Text("To"), Column.Integer("N paired"),
            Column.Decimal("Mean before"), Column.Decimal("Mean after"), Column.Decimal("Change"), Column.Decimal("SD of change"),
            Column.Decimal("t"), Column.Decimal("df"), Column.PValue("p"), Column.Decimal("d_z"), Column.Decimal("Wilcoxon V"), Column.PValue("Wilcoxon p"),
            Column.Text("Wilcoxon method"), Column.Text("Note"),
        ], rows.Select(c => (IReadOnlyList<object?>)
        [
            c.Instrument, content.ScaleTitle(c.Instrument, c.Scale), c.Role.Name(), c.FromWave, c.ToWave, c.Suppressed ? $"< {content.MinimumCell}" : c.NPaired,
            c.MeanBefore, c.MeanAfter, c.MeanChange, c.SdChange, c.T, c.Df, c.P, c.CohensDz, c.WilcoxonV, c.WilcoxonP, c.WilcoxonMethod,
            c.Suppressed ? Withheld.Note(content.MinimumCell) : null,
        ]));
        sheet.FreezeAbove(header + 1);
        if (data is not null)
        {
            data.Column(14).AddConditionalFormat().ColorScale()
                .LowestValue(XLColor.FromHtml("#F8696B")).Midpoint(XLCFContentType.Number, 0, XLColor.White).HighestValue(XLColor.FromHtml("#63BE7B"));
            Withheld.Grey(data, rows.Select(r => r.Suppressed).ToList());
        }

        sheet.Finish();
        return sheet;
    }
}
