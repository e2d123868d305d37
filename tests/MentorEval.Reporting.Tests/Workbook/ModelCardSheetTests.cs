using ClosedXML.Excel;
using MentorEval.Core.Risk;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Tests.Support;

namespace MentorEval.Reporting.Tests.Workbook;

/// <summary>
/// Issue #12: the model card reaches the report as a typed record and the workbook renders it itself; the At risk sheet
/// shows what the chosen share caught on held-out cohorts, and the held-out recall table a program picks next month's
/// capacity from.
/// </summary>
public sealed class ModelCardSheetTests
{
    private static readonly IReadOnlyList<HeldOutShare> Table =
        HeldOutShares.Grid(0.3).Select(s => new HeldOutShare(s, Math.Min(1, 2 * s), 0.4 - 0.1 * s)).ToList();

    private static readonly ModelCard Card = new("logistic-regression", "L2 100", new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), 20261122,
        "program.db.risk-model.zip", [new TrainingCohort("2024-fall", 150, 450, 30), new TrainingCohort("2025-spring", 150, 450, 28)], 900, 58,
        "leave-one-cohort-out", new AucInterval(0.81, 0.03, 0.75, 0.87), 0.42, 0.09, 0.70, FlagCapacity.OfShare(0.3), 0.27, 0.3, 0.62, 0.21,
        Table, null, [new CalibrationBin(0, 0.1, 400, 0.05, 0.04), new CalibrationBin(0.1, 0.2, 200, 0.15, 0.17)],
        [new NamedImportance("relationship-checkin.mentee.missed_streak", "Mentoring relationship check-in: waves in a row the mentee missed, up to now", 0.05)],
        new Dictionary<string, string> { ["relationship-checkin"] = "1.0.0" }, 42);

    private static XLWorkbook Workbook()
    {
        var cohort = SampleCohort.Latest;
        var risks = SampleCohort.Roster.Where(p => p.Cohort == cohort)
            .Select((p, i) => new ClosureRisk(p.PairId, cohort, "month-6", (i % 50) / 50.0, false, RiskMethod.Model, ["the mentee reported no meetings at the month-6 mentoring relationship check-in"]))
            .ToList();
        var flags = RiskFlags.ByShare(risks.Select(r => r.Score).ToList(), risks.Select(r => r.PairId).ToList(), 0.15);
        risks = risks.Select((r, i) => r with { Flagged = flags[i] }).ToList();
        var rule = FlagRule.Of(RiskMethod.Model, risks, FlagCapacity.OfShare(0.15).Choose(Table));
        var risk = new RiskAssessment("month-6", RiskMethod.Model, rule, null, risks, Card, Table);
        return OpenedWorkbook.Of(CohortReportBuilder.Build(SampleCohort.Request(risk: risk))).Workbook;
    }

    private static string Fact(IXLWorksheet sheet, string label) =>
        sheet.CellsUsed().Single(c => c.Address.ColumnNumber == 1 && c.GetString() == label).CellRight().GetString();

    [Fact]
    public void The_at_risk_sheet_shows_the_held_out_recall_table_with_this_time_s_and_the_training_share_marked()
    {
        using var workbook = Workbook();

        var rows = OpenedWorkbook.Rows(workbook, "HeldOutRecall");
        rows.Select(r => Math.Round(r["Share of running pairs flagged"].GetDouble(), 2)).ShouldBe([0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]);
        rows.Single(r => r["Chosen"].GetString() == "this time")["Share of running pairs flagged"].GetDouble().ShouldBe(0.15, 1e-9);
        rows.Single(r => r["Chosen"].GetString() == "at training")["Early closures caught (recall)"].GetDouble().ShouldBe(0.6, 1e-9);
        workbook.Worksheet("At risk").Tables.Select(t => t.Name).ShouldContain("HeldOutRecall");
        Fact(workbook.Worksheet("At risk"), "Held-out check").ShouldStartWith("Flagging 15% of running pairs (");
        Fact(workbook.Worksheet("At risk"), "Held-out check").ShouldEndWith(") caught 30% of the early closures in held-out cohorts.");
    }

    [Fact]
    public void The_about_sheet_renders_the_typed_model_card_with_its_calibration()
    {
        using var workbook = Workbook();
        var about = workbook.Worksheet("About");

        Fact(about, "Model").ShouldBe("logistic-regression (L2 100), trained 2026-05-01 (seed 20261122); file program.db.risk-model.zip");
        Fact(about, "Validation").ShouldBe("leave-one-cohort-out: ROC AUC 0.81 (95% CI 0.75–0.87, DeLong), PR AUC 0.42, Brier 0.09; the documented rules on the same rows: ROC AUC 0.70");
        Fact(about, "Capacity at training").ShouldStartWith("flag 30% of running pairs: on held-out predictions, flagging pairs with probability at least 0.27 flagged 30% of them, caught 62% of early closures");
        Fact(about, "Strongest features").ShouldBe("Mentoring relationship check-in: waves in a row the mentee missed, up to now");
        OpenedWorkbook.Rows(workbook, "Calibration").Select(r => r["Pair-waves"].GetDouble()).ShouldBe([400.0, 200.0]);
    }

    [Fact]
    public void Without_a_table_the_sheet_says_to_retrain()
    {
        var cohort = SampleCohort.Latest;
        var risks = SampleCohort.Roster.Where(p => p.Cohort == cohort).Select(p => new ClosureRisk(p.PairId, cohort, "month-6", 0.1, false, RiskMethod.Model, [])).ToList();
        var risk = new RiskAssessment("month-6", RiskMethod.Model, FlagRule.Of(RiskMethod.Model, risks, FlagCapacity.OfShare(0.2).Choose(null)), null, risks,
            Card with { HeldOut = null }, null);
        using var workbook = OpenedWorkbook.Of(CohortReportBuilder.Build(SampleCohort.Request(risk: risk))).Workbook;

        var sheet = workbook.Worksheet("At risk");
        sheet.CellsUsed().ShouldContain(c => c.GetString() == "No held-out table in this model file; retrain to see it.");
        Fact(sheet, "Held-out check").ShouldEndWith("; no held-out table in this model file; retrain to see it.");
    }
}
