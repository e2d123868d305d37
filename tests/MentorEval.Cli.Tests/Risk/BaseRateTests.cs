using System.Text.Json;
using ClosedXML.Excel;
using MentorEval.Cli.Tests.Reports;

namespace MentorEval.Cli.Tests.Risk;

/// <summary>
/// Issue #18: wherever a leader reads risk flags (risk train, risk predict, the workbook's model card and At risk sheet)
/// they also read how often the program's pairs close early beside the published 30–38%.
/// </summary>
public sealed class BaseRateTests(DemoAndReportTests.DemoRun demo) : IClassFixture<DemoAndReportTests.DemoRun>
{
    private const string Published = "published programs close 30–38% of matches early, so this program is ";

    [Fact]
    public async Task Risk_train_and_risk_predict_say_the_programs_early_closure_rate_beside_the_published_range()
    {
        var json = await demo.Run("risk", "predict", "--cohort", demo.Cohort, "--db", demo.Database, "--json");
        var predict = await demo.Run("risk", "predict", "--cohort", demo.Cohort, "--db", demo.Database);
        var train = await demo.Run("risk", "train", "--db", demo.Database, "--model", "again.zip");

        json.ExitCode.ShouldBe(0, json.Output);
        // sample-data: 35 of the 89 pairs that had ended closed early (the demo's roster, every outcome in the past).
        var sentence = JsonDocument.Parse(json.Output).RootElement.GetProperty("baseRate").GetString().ShouldNotBeNull();
        sentence.ShouldStartWith("In this program 35 of 89 pairs that ended (39%, 95% CI 30–50%) closed early; ");
        sentence.ShouldContain(Published);
        predict.Output.ShouldContain(sentence);
        train.Output.ShouldContain(sentence);
    }

    [Fact]
    public void The_workbooks_at_risk_sheet_and_model_card_give_the_base_rate()
    {
        using var workbook = new XLWorkbook(demo.Summary.GetProperty("report").GetProperty("workbook").GetString());

        var atRisk = Fact(workbook.Worksheet("At risk"));
        atRisk.ShouldStartWith("In this program ");
        atRisk.ShouldContain(Published);
        Fact(workbook.Worksheet("About")).ShouldBe(atRisk);
    }

    private static string Fact(IXLWorksheet sheet) =>
        sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Base rate").Cell(2).GetString();
}
