using System.Globalization;
using ClosedXML.Excel;
using MentorEval.Core.Pairs;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>The first sheet: what the report covers, the pairs, response rates and the findings in sentences.</summary>
internal static class OverviewSheet
{
    public const string Name = "Overview";

    public static SheetWriter Write(XLWorkbook workbook, CohortReportContent content)
    {
        var sheet = new SheetWriter(workbook, Name);
        var request = content.Request;
        sheet.Title($"{request.Program}: end-of-cohort report, cohort {request.Cohort}");
        sheet.Facts(
        [
            new("Program", request.Program),
            new("Cohort", request.Cohort),
            new("Pairs run", content.Start is { } s && content.PlannedEnd is { } e ? $"{s:yyyy-MM-dd} to {e:yyyy-MM-dd} (planned end)" : "no pairs in the roster"),
            new("Waves", content.Analysis.Waves.Count == 0 ? "no responses yet" : string.Join(", ", content.Analysis.Waves)),
            new("Compared with", request.CompareTo is { } other ? $"cohort {other}" : "no other cohort"),
            new("Small groups", $"statistics of groups under {request.MinimumCell} respondents are withheld"),
            new("Generated", request.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        ]);

        sheet.Heading("Findings");
        foreach (var line in content.Headlines) sheet.Paragraph("• " + line);
        sheet.Skip();
        sheet.ChartSlot();

        sheet.Heading("Pairs by status");
        var total = Math.Max(1, content.PairsByStatus.Values.Sum());
        sheet.Table("PairsByStatus", [Column.Text("Status"), Column.Integer("Pairs"), Column.Percent("Share")],
            content.PairsByStatus.Select(s => (IReadOnlyList<object?>)[StatusText(s.Key), s.Value, (double)s.Value / total]));

        sheet.Heading("Response rates (answered at least one survey of the wave)");
        var rates = sheet.Table("ResponseRates", [Column.Text("Wave"), Column.Text("Role"), Column.Integer("Answered"), Column.Integer("Expected"), Column.Percent("Rate")],
            content.ResponseRates.Select(r => (IReadOnlyList<object?>)[r.Wave, r.Role.Name(), r.Responded, r.Expected, r.Rate]));
        rates?.Column(5).AddConditionalFormat().DataBar(XLColor.FromHtml("#5B9BD5")).LowestValue().HighestValue();
        sheet.Finish();
        return sheet;
    }

    internal static string StatusText(PairStatus status) => status switch
    {
        PairStatus.Active => "active",
        PairStatus.Completed => "completed",
        _ => "closed early",
    };
}
