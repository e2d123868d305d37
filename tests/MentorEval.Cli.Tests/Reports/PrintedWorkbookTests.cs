using ClosedXML.Excel;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Reports;

/// <summary>
/// Issue #15, "a workbook that prints": the demo's workbook printed (LibreOffice's PDF, as a leader's printer would get
/// it) is legible: every sheet at 70% or more, never squeezed to a page's width, with its charts whole on a page.
/// </summary>
public sealed class PrintedWorkbookTests : IClassFixture<DemoAndReportTests.DemoRun>
{
    // A4 landscape less the report's half-inch margins, in points.
    private const double PageHeight = 595.28 - 72;

    private readonly DemoAndReportTests.DemoRun demo;

    public PrintedWorkbookTests(DemoAndReportTests.DemoRun demo) => this.demo = demo;

    private string Workbook => demo.Summary.GetProperty("report").GetProperty("workbook").GetString()!;

    [Fact]
    public void Every_sheet_prints_at_seventy_percent_or_more_and_none_is_fitted_to_a_page()
    {
        using var workbook = new XLWorkbook(Workbook);
        foreach (var sheet in workbook.Worksheets)
        {
            sheet.PageSetup.Scale.ShouldBeGreaterThanOrEqualTo(70, sheet.Name);
            sheet.PageSetup.PagesWide.ShouldBe(0, sheet.Name);
            sheet.PageSetup.PagesTall.ShouldBe(0, sheet.Name);
            sheet.PageSetup.PageOrientation.ShouldBe(XLPageOrientation.Landscape);
        }

        // Sheets longer than a page repeat their table's header on every page (ClosedXML 0.95 does not read print titles back).
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Workbook, false);
        var titles = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>()
            .Where(d => d.Name == "_xlnm.Print_Titles").Select(d => d.Text).ToList();
        titles.ShouldContain(t => t.Contains("Responses!", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(t, @"!\d+:\d+"));
        titles.ShouldContain(t => t.StartsWith("Reliability!", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(t, @"!\d+:\d+"));
    }

    [Fact]
    public void Headers_sit_over_their_numbers_and_long_facts_wrap_in_rows_tall_enough()
    {
        using var workbook = new XLWorkbook(Workbook);
        var overview = workbook.Worksheet("Overview");
        var pairs = overview.Table("PairsByStatus");
        pairs.HeadersRow().Cell(2).Style.Alignment.Horizontal.ShouldBe(XLAlignmentHorizontalValues.Right); // "Pairs" over its counts
        pairs.HeadersRow().Cell(3).Style.Alignment.Horizontal.ShouldBe(XLAlignmentHorizontalValues.Right); // "Share"
        // The facts above do not widen column B: the counts stay under their header, not under "Share".
        overview.Column(2).Width.ShouldBeLessThan(20);

        foreach (var name in new[] { "Overview", "At risk", "Retention" })
        {
            var sheet = workbook.Worksheet(name);
            foreach (var label in sheet.Column(1).CellsUsed().Where(c => c.Style.Font.Bold && !c.CellRight().IsEmpty() && c.Address.RowNumber < 12))
            {
                var value = label.CellRight();
                value.IsMerged().ShouldBeTrue($"{name}: {label.GetString()}");
                value.Style.Alignment.WrapText.ShouldBeTrue();
                var width = value.MergedRange().Columns().Sum(c => c.WorksheetColumn().Width);
                // About 1.1 characters a unit of width, 15 points a line.
                sheet.Row(label.Address.RowNumber).Height.ShouldBeGreaterThanOrEqualTo(15 * Math.Ceiling(value.GetString().Length / (width * 1.2)) - 0.01,
                    $"{name}: {label.GetString()}");
            }
        }

        // Reasons wrap in their own columns instead of running into the next.
        var risk = workbook.Worksheet("At risk").Table("AtRisk");
        risk.HeadersRow().Cells().Where(c => c.GetString().StartsWith("Reason", StringComparison.Ordinal))
            .ShouldAllBe(c => c.WorksheetColumn().Width <= 45);
    }

    [Fact]
    public void No_chart_crosses_the_end_of_a_page()
    {
        using var workbook = new XLWorkbook(Workbook);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Workbook, false);
        foreach (var (name, rows) in ChartRows(document))
        {
            var sheet = workbook.Worksheet(name);
            var page = PageHeight / (sheet.PageSetup.Scale / 100.0);
            var breaks = sheet.PageSetup.RowBreaks.ToHashSet();
            foreach (var top in rows)
            {
                // From the page's first row down to the end of the chart's band (its row and the next).
                var first = top;
                while (first > 1 && !breaks.Contains(first - 1)) first--;
                var filled = Enumerable.Range(first, top + 2 - first).Sum(r => sheet.Row(r).Height);
                filled.ShouldBeLessThanOrEqualTo(page, $"{name}: the chart at row {top}");
            }
        }
    }

    [LibreOfficeFact]
    public void The_demo_workbook_prints_on_legible_pages_in_LibreOffice()
    {
        var folder = Path.Combine(demo.Folder.Path, "printed");
        Directory.CreateDirectory(folder);
        var pdf = LibreOffice.ToPdf(Workbook, folder);

        var pages = LibreOffice.Pages(pdf);
        // The ten sheets at 70% or more take many pages (the whole cohort's tables), but not the hundreds a sheet
        // breaking through its charts or without its widths would take; squeezed to a page's width it was 16.
        pages.ShouldBeInRange(40, 190);
    }

    /// <summary>The 1-based top row of every chart, per sheet.</summary>
    private static IEnumerable<(string Sheet, List<int> Rows)> ChartRows(DocumentFormat.OpenXml.Packaging.SpreadsheetDocument document)
    {
        var part = document.WorkbookPart!;
        foreach (var sheet in part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
        {
            var worksheet = (DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(sheet.Id!);
            if (worksheet.DrawingsPart is not { } drawings) continue;
            yield return (sheet.Name!, drawings.WorksheetDrawing!.Elements<DocumentFormat.OpenXml.Drawing.Spreadsheet.OneCellAnchor>()
                .Select(a => int.Parse(a.FromMarker!.RowId!.Text, System.Globalization.CultureInfo.InvariantCulture) + 1).ToList());
        }
    }
}
