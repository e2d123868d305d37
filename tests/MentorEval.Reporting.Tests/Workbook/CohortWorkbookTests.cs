using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;
using MentorEval.Core.Reliability;
using MentorEval.Core.Scoring;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Tests.Support;
using MentorEval.Reporting.Workbook;
using SkiaSharp;

namespace MentorEval.Reporting.Tests.Workbook;

public class CohortWorkbookTests
{
    private static readonly Lazy<CohortReportContent> Content = new(() =>
        CohortReportBuilder.Build(SampleCohort.Request(compareTo: SampleCohort.Earliest, risk: SampleCohort.Risk(SampleCohort.Latest))));

    [Fact]
    public void The_workbook_has_its_ten_sheets_in_reading_order()
    {
        var (_, workbook) = OpenedWorkbook.Of(Content.Value);

        workbook.Worksheets.Select(s => s.Name).ShouldBe(["Overview", "Scales", "Reliability", "Change", "Dyads", "At risk", "Retention", "Items", "Responses", "About"]);
    }

    [Fact]
    public void Every_shown_scale_mean_is_the_analysis_mean_of_its_group()
    {
        var content = Content.Value;
        var (_, workbook) = OpenedWorkbook.Of(content);
        var rows = OpenedWorkbook.Rows(workbook, "Scales");

        var shown = content.Analysis.Groups.Where(g => !g.Suppressed).ToList();
        shown.ShouldNotBeEmpty();
        foreach (var group in shown)
        {
            var row = rows.Single(r => r["Cohort"].GetString() == content.Cohort && r["Instrument"].GetString() == group.Instrument &&
                                       r["Scale"].GetString() == content.Instruments.Single(i => i.Id == group.Instrument).FindScale(group.Scale)!.Title &&
                                       r["Wave"].GetString() == group.Wave && r["Role"].GetString() == group.Role.Name());
            row["Mean"].GetDouble().ShouldBe(group.Mean!.Value, 1e-12);
            row["SD"].GetDouble().ShouldBe(group.Sd!.Value, 1e-12);
            row["95% CI low"].GetDouble().ShouldBe(group.CiLower!.Value, 1e-12);
            row["N scored"].GetDouble().ShouldBe(group.N!.Value);
        }

        // The comparison cohort's groups follow, labelled with its name.
        rows.Count(r => r["Cohort"].GetString() == SampleCohort.Earliest).ShouldBe(content.Comparison!.Groups.Count);
    }

    [Fact]
    public void Reliability_in_the_workbook_is_the_reliability_of_that_administration()
    {
        var content = Content.Value;
        var (_, workbook) = OpenedWorkbook.Of(content);
        var row = OpenedWorkbook.Rows(workbook, "Reliability")
            .First(r => r["Instrument"].GetString() == "mca-26" && r["Role"].GetString() == "mentee" && !r["Alpha"].IsEmpty());

        var instrument = content.Instruments.Single(i => i.Id == "mca-26");
        var answered = SampleCohort.Responses.Single(i => i.Instrument.Id == "mca-26").Responses
            .Where(r => r.Cohort == content.Cohort && r.Wave == row["Wave"].GetString() && r.Role == Role.Mentee).ToList();
        var scale = instrument.Scales.Single(s => s.Title == row["Scale"].GetString());
        var expected = InstrumentScoring.Score(instrument, answered.Select(r => r.RespondentId).ToList(), answered.Select(r => r.Values).ToList(), MissingDataPolicy.Pairwise)
            .Scales.Single(s => s.Scale.Id == scale.Id).Reliability;

        row["Alpha"].GetDouble().ShouldBe(expected.RawAlpha!.Value, 1e-12);
        row["Omega total"].GetDouble().ShouldBe(expected.OmegaTotal!.Value, 1e-12);
        row["Respondents"].GetDouble().ShouldBe(answered.Count);
    }

    [Fact]
    public void Groups_smaller_than_the_minimum_cell_show_no_statistic_anywhere()
    {
        var content = CohortReportBuilder.Build(SampleCohort.Request(minimumCell: 10_000, risk: SampleCohort.Risk(SampleCohort.Latest)));
        var (_, workbook) = OpenedWorkbook.Of(content);

        foreach (var row in OpenedWorkbook.Rows(workbook, "Scales"))
        {
            row["Answered"].GetString().ShouldBe("< 10000");
            row["Mean"].IsEmpty().ShouldBeTrue();
            row["SD"].IsEmpty().ShouldBeTrue();
            row["Note"].GetString().ShouldContain("withheld");
        }

        OpenedWorkbook.Rows(workbook, "Reliability").ShouldAllBe(r => r["Alpha"].IsEmpty() && r["Omega total"].IsEmpty());
        OpenedWorkbook.Rows(workbook, "Change").ShouldAllBe(r => r["Mean before"].IsEmpty() && r["d_z"].IsEmpty());
        OpenedWorkbook.Rows(workbook, "DyadAgreement").ShouldAllBe(r => r["Mean gap"].IsEmpty());
        OpenedWorkbook.Rows(workbook, "PairGaps").ShouldAllBe(r => r["Pair"].IsEmpty()); // the table's one empty row
        OpenedWorkbook.Rows(workbook, "Items_mca_26").ShouldAllBe(r => r["Missing"].IsEmpty() && r["Note"].GetString().Contains("withheld"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"click\")")]
    [InlineData("+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    [InlineData("00123")]
    [InlineData("2024-01-02")]
    public void Imported_text_stays_literal_text_never_a_formula_number_or_date(string pairId)
    {
        // A pair with both views at the latest wave, so it is in the Dyads sheet as well as At risk.
        var original = Content.Value.Analysis.Dyads.First(d => !d.Suppressed).Pairs[0].PairId;
        var roster = SampleCohort.Roster.Select(p => p.PairId == original ? p with { PairId = pairId } : p).ToList();
        var responses = SampleCohort.Responses.Select(i => new InstrumentResponses(i.Instrument,
            i.Responses.Select(r => r.PairId == original ? r with { PairId = pairId } : r).ToList())).ToList();
        var request = SampleCohort.Request(roster: roster, responses: responses, risk: SampleCohort.Risk(SampleCohort.Latest, roster)) with { Program = pairId };
        var (_, workbook) = OpenedWorkbook.Of(CohortReportBuilder.Build(request));

        var cells = OpenedWorkbook.Rows(workbook, "AtRisk").Select(r => r["Pair"])
            .Concat(OpenedWorkbook.Rows(workbook, "PairGaps").Select(r => r["Pair"]))
            .Where(c => c.GetString() == pairId)
            .Append(workbook.Worksheet("About").CellsUsed().Single(c => c.GetString() == "Program").CellRight())
            .ToList();
        cells.Count.ShouldBeGreaterThan(2);
        foreach (var cell in cells)
        {
            cell.HasFormula.ShouldBeFalse();
            cell.DataType.ShouldBe(XLDataType.Text);
            cell.GetString().ShouldBe(pairId);
        }
    }

    [Fact]
    public void The_responses_sheet_shows_pseudonyms_and_no_roster_id()
    {
        var content = Content.Value;
        var (_, workbook) = OpenedWorkbook.Of(content);
        var rows = OpenedWorkbook.Rows(workbook, "Responses");

        var ids = SampleCohort.Roster.SelectMany(p => new[] { p.PairId, p.MentorId, p.MenteeId }).ToHashSet();
        rows.Count.ShouldBe(SampleCohort.Responses.Sum(i => i.Responses.Count(r => r.Cohort == content.Cohort)));
        rows.ShouldAllBe(r => r["Respondent"].GetString().StartsWith("R-") && r["Pair"].GetString().StartsWith("P-"));
        workbook.Worksheet("Responses").CellsUsed().ShouldNotContain(c => ids.Contains(c.GetString()));
    }

    [Fact]
    public void Tables_have_filters_frozen_headers_number_formats_and_print_at_seventy_percent_or_more()
    {
        var (_, workbook) = OpenedWorkbook.Of(Content.Value);

        foreach (var sheet in workbook.Worksheets)
        {
            sheet.Tables.ShouldAllBe(t => t.ShowAutoFilter);
            sheet.PageSetup.PageOrientation.ShouldBe(XLPageOrientation.Landscape);
            // Issue #15: never squeezed to a page's width; at 70% or more, going on over pages where a table is wider.
            sheet.PageSetup.PagesWide.ShouldBe(0);
            sheet.PageSetup.Scale.ShouldBeGreaterThanOrEqualTo(70);
            sheet.Columns().ShouldAllBe(c => c.Width <= 62);
        }

        var scales = workbook.Worksheet("Scales");
        scales.SheetView.SplitRow.ShouldBe(scales.Tables.First().HeadersRow().RowNumber());
        var first = scales.Tables.First().DataRange.FirstRow();
        first.Cell(10).Style.NumberFormat.Format.ShouldBe("0.00"); // Mean
        first.Cell(8).Style.NumberFormat.Format.ShouldBe("0%");    // Response rate
        scales.ConditionalFormats.ShouldNotBeEmpty();
        workbook.Worksheet("At risk").ConditionalFormats.Count().ShouldBe(2);
    }

    [Fact]
    public void Charts_are_embedded_as_pictures_beside_the_tables_and_the_file_stays_valid()
    {
        var png = Png(1200, 700);
        var (bytes, workbook) = OpenedWorkbook.Of(Content.Value,
            [new ChartImage("a.png", "Response rates", "Overview", png), new ChartImage("b.png", "Means", "Overview", png), new ChartImage("c.png", "Risk", "At risk", png)]);
        workbook.Worksheets.Count.ShouldBe(10);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = document.WorkbookPart!;
        int Pictures(string sheet) =>
            ((WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheet).Id!))
            .DrawingsPart?.ImageParts.Count() ?? 0;
        Pictures("Overview").ShouldBe(2);
        Pictures("At risk").ShouldBe(1);
        Pictures("Scales").ShouldBe(0);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
            .Where(e => e.Part?.Uri.ToString().Contains("drawing", StringComparison.Ordinal) == true || e.Node is DocumentFormat.OpenXml.Spreadsheet.Drawing)
            .Select(e => e.Description).ToList();
        errors.ShouldBeEmpty();
        // Each picture keeps the shown size and carries its title as alternative text.
        var overview = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First().Id!);
        var anchors = overview.DrawingsPart!.WorksheetDrawing!.Elements<DocumentFormat.OpenXml.Drawing.Spreadsheet.OneCellAnchor>().ToList();
        anchors.Select(a => a.Descendants<DocumentFormat.OpenXml.Drawing.Spreadsheet.NonVisualDrawingProperties>().Single().Description!.Value)
            .ShouldBe(["Response rates", "Means"]);
        anchors.ShouldAllBe(a => a.Extent!.Cx! == 600 * 9525L && a.Extent.Cy! == 350 * 9525L);
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}
