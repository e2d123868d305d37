using ClosedXML.Excel;
using MentorEval.Core.Pairs;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>
/// Reliability of every scale in every administration (wave × role), as R's psych computes it, then each item's
/// statistics. Pairwise-complete answers, as <c>psych::alpha</c>.
/// </summary>
internal static class ReliabilitySheet
{
    public const string Name = "Reliability";

    /// <summary>Alpha below this is usually read as too unreliable to compare groups on.</summary>
    private const double AcceptableAlpha = 0.70;

    public static SheetWriter Write(XLWorkbook workbook, CohortReportContent content)
    {
        var sheet = new SheetWriter(workbook, Name);
        sheet.Title($"Reliability by wave and role: cohort {content.Cohort}");
        sheet.Line("Alpha with Feldt's 95% interval, McDonald's omega (one factor, minres), average inter-item correlation and Guttman's lambda 6, " +
                   "from pairwise-complete answers as R's psych package computes them.", italic: true);
        sheet.Skip();
        var header = sheet.Row;
        var rows = content.Reliability;
        var data = sheet.Table("Reliability",
        [
            Column.Text("Instrument"), Column.Text("Scale"), Column.Text("Wave"), Column.Text("Role"), Column.Integer("Respondents"), Column.Integer("Items"),
            Column.Decimal("Alpha"), Column.Decimal("95% CI low"), Column.Decimal("95% CI high"), Column.Decimal("Std. alpha"), Column.Decimal("Omega total"),
            Column.Decimal("Average r"), Column.Decimal("Lambda 6"), Column.Text("Warnings"),
        ], rows.Select(r =>
        {
            var x = r.Reliability;
            return (IReadOnlyList<object?>)
            [
                r.Instrument, r.ScaleTitle, r.Wave, r.Role.Name(), r.Suppressed ? $"< {content.MinimumCell}" : r.Respondents, x?.ItemsUsed,
                x?.RawAlpha, x?.AlphaInterval?.Lower, x?.AlphaInterval?.Upper, x?.StandardizedAlpha, x?.OmegaTotal,
                x?.AverageInterItemCorrelation, x?.GuttmanLambda6,
                r.Suppressed ? Withheld.Note(content.MinimumCell) : string.Join(" ", x!.Warnings.Select(w => w.Message)),
            ];
        }));
        sheet.FreezeAbove(header + 1);
        if (data is not null)
        {
            data.Column(7).AddConditionalFormat().WhenLessThan(AcceptableAlpha).Fill.SetBackgroundColor(XLColor.FromHtml("#FFC7CE"));
            Withheld.Grey(data, rows.Select(r => r.Suppressed).ToList());
        }

        sheet.Heading("Item statistics (r.drop: correlation with the other items of the scale)");
        var items = rows.Where(r => !r.Suppressed).SelectMany(r => r.Reliability!.Items.Select(i => (Row: r, Item: i))).ToList();
        var itemData = sheet.Table("ItemStatistics",
        [
            Column.Text("Instrument"), Column.Text("Scale"), Column.Text("Wave"), Column.Text("Role"), Column.Text("Item"), Column.Integer("N"),
            Column.Decimal("Mean"), Column.Decimal("SD"), Column.Decimal("r.drop"), Column.Decimal("Alpha if dropped"), Column.Decimal("Loading"),
        ], items.Select(x => (IReadOnlyList<object?>)
        [
            x.Row.Instrument, x.Row.ScaleTitle, x.Row.Wave, x.Row.Role.Name(), x.Item.ItemId, x.Item.Respondents, x.Item.Mean, x.Item.StandardDeviation,
            x.Item.CorrectedItemTotalCorrelation, x.Item.AlphaIfDeleted, x.Item.FactorLoading,
        ]), groupBy: [0, 1]);
        // An item that correlates negatively with the rest of its scale is probably keyed the wrong way.
        itemData?.Column(9).AddConditionalFormat().WhenLessThan(0).Fill.SetBackgroundColor(XLColor.FromHtml("#FFC7CE"));
        sheet.Finish();
        return sheet;
    }
}
