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
    // Wave names are the user's text and land in the streamed Responses table: one looks like a formula and carries
    // markup characters and edge spaces, one has letters beyond ASCII and a control character a broken export left in.
    private const string FormulaLikeWave = " =HYPERLINK(\"http://x\",\"click\") & <b>baseline</b> ";
    private const string ForeignWave = "fin \u00e9t\u00e9 \u4e2d\u6587 \U0001F600\u0007";

    private static readonly Lazy<(CohortReportContent Content, XLWorkbook Workbook)> Report = new(() =>
    {
        var instruments = SampleCohort.Instruments.Value.Where(i => i.Id is "mca-26" or "relationship-checkin").ToList();
        var program = new SampleProgramGenerator(instruments).Generate(new SampleOptions { Pairs = 600, Cohorts = 1, Seed = 5, Waves = ["baseline", "month-3", "end"] });
        var renamed = new Dictionary<string, string> { ["baseline"] = FormulaLikeWave, ["month-3"] = ForeignWave };
        var responses = SampleResponses.Of(program, instruments)
            .Select(i => i with { Responses = i.Responses.Select(r => r with { Wave = renamed.GetValueOrDefault(r.Wave, r.Wave) }).ToList() })
            .ToList();
        var content = CohortReportBuilder.Build(SampleCohort.Request(program.Roster[0].Cohort, roster: program.Roster, responses: responses));
        return (content, OpenedWorkbook.Of(content).Workbook);
    });

    [Fact]
    public void Streamed_text_reads_back_as_the_same_text_never_as_a_formula()
    {
        var (content, workbook) = Report.Value;
        var waves = OpenedWorkbook.Rows(workbook, "Responses").Select(r => r["Wave"]).ToList();

        var formulaLike = waves.Where(c => c.GetString() == FormulaLikeWave).ToList();
        formulaLike.Count.ShouldBe(content.Responses.Count(r => r.Wave == FormulaLikeWave));
        formulaLike.ShouldAllBe(c => c.DataType == XLDataType.Text && !c.HasFormula);

        // XML cannot carry the control character: it is the one thing dropped.
        var foreign = waves.Where(c => c.GetString() == ForeignWave.TrimEnd('\u0007')).ToList();
        foreign.Count.ShouldBe(content.Responses.Count(r => r.Wave == ForeignWave));
        foreign.ShouldNotBeEmpty();
    }

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
            rows[i]["Wave"].GetString().ShouldBe(expected.Wave.TrimEnd('\u0007'));
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
