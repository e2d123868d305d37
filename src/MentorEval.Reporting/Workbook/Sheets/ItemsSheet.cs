using ClosedXML.Excel;
using MentorEval.Core.Pairs;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>How every rated item was answered, by wave and role: a table per instrument, with its own answer labels.</summary>
internal static class ItemsSheet
{
    public const string Name = "Items";

    public static SheetWriter Write(XLWorkbook workbook, CohortReportContent content)
    {
        var sheet = new SheetWriter(workbook, Name);
        sheet.Title($"Answers per item: cohort {content.Cohort}");
        sheet.ChartSlot();
        var first = true;
        foreach (var instrument in content.Items.GroupBy(i => i.Instrument))
        {
            var rows = instrument.ToList();
            var labels = rows[0].Labels;
            sheet.Heading($"{content.InstrumentTitle(instrument.Key)} ({instrument.Key})");
            var header = sheet.Row;
            List<Column> columns =
            [
                Column.Text("Item"), Column.Text("Question"), Column.Text("Wave"), Column.Text("Role"), Column.Integer("Answered"), Column.Integer("Missing"),
                .. labels.SelectMany(l => new[] { Column.Integer(l), Column.Percent("% " + l) }),
                Column.Text("Note"),
            ];
            var data = sheet.Table(TableName(instrument.Key), columns, rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Item, r.Text, r.Wave, r.Role.Name(), r.Suppressed ? $"< {content.MinimumCell}" : r.Answered, r.Suppressed ? null : r.Missing,
                .. labels.SelectMany((_, j) => new object?[] { r.Counts?[j], r.Share(j) }),
                r.Suppressed ? Withheld.Note(content.MinimumCell) : null,
            ]));
            if (first) sheet.FreezeAbove(header + 1);
            first = false;
            if (data is null) continue;
            for (var j = 0; j < labels.Count; j++)
                data.Column(8 + 2 * j).AddConditionalFormat().DataBar(XLColor.FromHtml("#5B9BD5")).Minimum(XLCFContentType.Number, 0).Maximum(XLCFContentType.Number, 1);
            Withheld.Grey(data, rows.Select(r => r.Suppressed).ToList());
        }

        if (first) sheet.Line("No rated items were answered.");
        sheet.Finish();
        return sheet;
    }

    /// <summary>Excel table names allow letters, digits and underscores only.</summary>
    private static string TableName(string instrument) =>
        "Items_" + new string(instrument.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}
