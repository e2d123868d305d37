using ClosedXML.Excel;
using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>Every scale by wave and role: response, mean with its 95% interval, spread and band shares; the comparison cohort below.</summary>
internal static class ScalesSheet
{
    public const string Name = "Scales";

    public static SheetWriter Write(XLWorkbook workbook, CohortReportContent content)
    {
        var sheet = new SheetWriter(workbook, Name);
        sheet.Title($"Scale scores by wave and role: cohort {content.Cohort}");
        var rows = content.Analysis.Groups.Select(g => (Cohort: content.Cohort, Group: g))
            .Concat((content.Comparison?.Groups ?? []).Select(g => (Cohort: content.Request.CompareTo!, Group: g)))
            .ToList();
        // One column per band label (scales share labels such as "Needs attention"), in the order the definitions give them.
        var bands = rows.SelectMany(r => r.Group.Bands).Select(b => b.Label).Distinct().ToList();
        var concern = rows.SelectMany(r => r.Group.Bands).Where(b => b.Concern).Select(b => b.Label).ToHashSet();

        List<Column> columns =
        [
            Column.Text("Cohort"), Column.Text("Instrument"), Column.Text("Scale"), Column.Text("Wave"), Column.Text("Role"),
            Column.Integer("Answered"), Column.Integer("Expected"), Column.Percent("Response rate"), Column.Integer("N scored"),
            Column.Decimal("Mean"), Column.Decimal("SD"), Column.Decimal("95% CI low"), Column.Decimal("95% CI high"), Column.Decimal("Median"),
            .. bands.Select(b => Column.Percent("% " + b)),
            Column.Text("Note"),
        ];
        sheet.ChartSlot();
        var header = sheet.Row;
        var data = sheet.Table("Scales", columns, rows.Select(r => Row(content, r.Cohort, r.Group, bands)), groupBy: [0, 1]);
        sheet.FreezeAbove(header + 1);
        if (data is not null)
        {
            for (var b = 0; b < bands.Count; b++)
            {
                // Concern bands (a leader should act) shade red as their share grows; the others green.
                data.Column(15 + b).AddConditionalFormat().ColorScale()
                    .LowestValue(XLColor.White).HighestValue(concern.Contains(bands[b]) ? XLColor.FromHtml("#F8696B") : XLColor.FromHtml("#63BE7B"));
            }

            Withheld.Grey(data, rows.Select(r => r.Group.Suppressed).ToList());
        }

        if (content.Analysis.Comparisons.Count > 0) Comparisons(sheet, content);
        sheet.Finish();
        return sheet;
    }

    private static IReadOnlyList<object?> Row(CohortReportContent content, string cohort, ScaleGroupRow g, IReadOnlyList<string> bands) =>
    [
        cohort, g.Instrument, content.ScaleTitle(g.Instrument, g.Scale), g.Wave, g.Role.Name(),
        g.Suppressed ? $"< {content.MinimumCell}" : g.Responses, g.Expected, g.ResponseRate, g.N,
        g.Mean, g.Sd, g.CiLower, g.CiUpper, g.Median,
        .. bands.Select(b => (object?)g.Bands.FirstOrDefault(x => x.Label == b)?.Share),
        g.Suppressed ? Withheld.Note(content.MinimumCell) : null,
    ];

    private static void Comparisons(SheetWriter sheet, CohortReportContent content)
    {
        var other = content.Request.CompareTo!;
        sheet.Heading($"Cohort {content.Cohort} against cohort {other} at the same wave (Welch's t; Hedges' g of {content.Cohort} − {other})");
        var rows = content.Analysis.Comparisons;
        var data = sheet.Table("CohortComparison",
        [
            Column.Text("Instrument"), Column.Text("Scale"), Column.Text("Role"), Column.Text("Wave"),
            Column.Integer($"N {content.Cohort}"), Column.Decimal($"Mean {content.Cohort}"), Column.Decimal($"SD {content.Cohort}"),
            Column.Integer($"N {other}"), Column.Decimal($"Mean {other}"), Column.Decimal($"SD {other}"),
            Column.Text("Test"), Column.Decimal("Statistic"), Column.Decimal("df"), Column.PValue("p"), Column.Decimal("Hedges' g"), Column.Text("Note"),
        ], rows.Select(c =>
        {
            var ours = c.Cohorts.FirstOrDefault(g => g.Cohort == content.Cohort);
            var theirs = c.Cohorts.FirstOrDefault(g => g.Cohort == other);
            return (IReadOnlyList<object?>)
            [
                c.Instrument, content.ScaleTitle(c.Instrument, c.Scale), c.Role.Name(), c.Wave, ours?.N, ours?.Mean, ours?.Sd, theirs?.N, theirs?.Mean, theirs?.Sd,
                c.Test, c.Statistic, c.Df1, c.P, c.HedgesG, c.Suppressed ? Withheld.Note(content.MinimumCell) : null,
            ];
        }));
        if (data is not null)
        {
            data.Column(15).AddConditionalFormat().ColorScale()
                .LowestValue(XLColor.FromHtml("#F8696B")).Midpoint(XLCFContentType.Number, 0, XLColor.White).HighestValue(XLColor.FromHtml("#63BE7B"));
            Withheld.Grey(data, rows.Select(r => r.Suppressed).ToList());
        }
    }
}
