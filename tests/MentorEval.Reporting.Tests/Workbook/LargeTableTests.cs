using ClosedXML.Excel;
using MentorEval.Core.Sample;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Tests.Support;

namespace MentorEval.Reporting.Tests.Workbook;

/// <summary>
/// Tables of more than a few thousand rows are streamed into the saved file instead of going through ClosedXML's cells:
/// to a reader they must be the same tables (every row, typed cells, number formats, filter over all rows).
/// </summary>
public class LargeTableTests
{
    private static readonly Lazy<(CohortReportContent Content, XLWorkbook Workbook)> Report = new(() =>
    {
        var instruments = SampleCohort.Instruments.Value.Where(i => i.Id is "mca-26" or "relationship-checkin").ToList();
        var program = new SampleProgramGenerator(instruments).Generate(new SampleOptions { Pairs = 600, Cohorts = 1, Seed = 5, Waves = ["baseline", "month-3", "end"] });
        var content = CohortReportBuilder.Build(SampleCohort.Request(program.Roster[0].Cohort, roster: program.Roster, responses: SampleResponses.Of(program, instruments)));
        return (content, OpenedWorkbook.Of(content).Workbook);
    });

    [Fact]
    public void Every_scored_response_is_a_row_of_the_responses_table_with_typed_cells()
    {
        var (content, workbook) = Report.Value;
        content.Responses.Count.ShouldBeGreaterThan(Reporting.Workbook.SheetWriter.StreamedTableRows);

        var rows = OpenedWorkbook.Rows(workbook, "Responses");
        rows.Count.ShouldBe(content.Responses.Count);
        for (var i = 0; i < rows.Count; i += 97)
        {
            var expected = content.Responses[i];
            rows[i]["Respondent"].GetString().ShouldBe(expected.Respondent);
            rows[i]["Respondent"].DataType.ShouldBe(XLDataType.Text);
            rows[i]["Wave"].GetString().ShouldBe(expected.Wave);
            var instrument = content.Instruments.Single(x => x.Id == expected.Instrument);
            for (var s = 0; s < instrument.Scales.Count; s++)
            {
                var cell = rows[i][$"{instrument.Scales[s].Title} ({instrument.Id})"];
                if (double.IsNaN(expected.Scores[s])) cell.IsEmpty().ShouldBeTrue();
                else
                {
                    cell.GetDouble().ShouldBe(expected.Scores[s], 1e-12);
                    cell.Style.NumberFormat.Format.ShouldBe("0.00");
                }
            }
        }
    }

    [Fact]
    public void The_table_and_its_filter_cover_every_streamed_row()
    {
        var (content, workbook) = Report.Value;
        var table = workbook.Worksheet("Responses").Table("Responses");

        table.DataRange.RowCount().ShouldBe(content.Responses.Count);
        table.ShowAutoFilter.ShouldBeTrue();
        table.AutoFilter.Range.RowCount().ShouldBe(content.Responses.Count + 1);
        workbook.Worksheet("Responses").LastRowUsed().RowNumber().ShouldBe(table.DataRange.LastRow().RowNumber());
    }

    [Fact]
    public void Pair_gaps_have_one_row_per_pair_with_both_views_and_keep_their_colour_scales()
    {
        var (content, workbook) = Report.Value;
        var dyads = workbook.Worksheet("Dyads");
        var gaps = dyads.Table("PairGaps");

        gaps.DataRange.RowCount().ShouldBe(content.Analysis.Dyads.Where(d => !d.Suppressed).SelectMany(d => d.Pairs).Select(p => p.PairId).Distinct().Count());
        dyads.ConditionalFormats.Count().ShouldBeGreaterThan(0);
        OpenedWorkbook.Rows(workbook, "PairGaps").Take(50).ShouldAllBe(r => r["Pair"].DataType == XLDataType.Text && r["Largest |gap|"].DataType == XLDataType.Number);
    }
}
