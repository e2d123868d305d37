using System.Buffers.Binary;
using System.Text.Json;
using ClosedXML.Excel;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Reports;

/// <summary>
/// `mentoreval demo` on the committed sample program, as the README's main command runs it, and `mentoreval report`
/// on the database the demo leaves behind.
/// </summary>
public sealed class DemoAndReportTests : IClassFixture<DemoAndReportTests.DemoRun>
{
    private readonly DemoRun demo;

    public DemoAndReportTests(DemoRun demo) => this.demo = demo;

    public sealed class DemoRun : IAsyncLifetime
    {
        public TemporaryFolder Folder { get; } = new();

        public JsonElement Summary { get; private set; }

        public string Database => Summary.GetProperty("database").GetString()!;

        public string Cohort => Summary.GetProperty("reportedCohort").GetString()!;

        public Task<CliHarness.Run> Run(params string[] args) => CliHarness.RunAsync(Folder.Path, args);

        public async Task InitializeAsync()
        {
            var run = await Run("demo", "--out", "demo", "--sample", Repository.PathOf("sample-data"), "--json");
            run.ExitCode.ShouldBe(0, run.Output);
            Summary = JsonDocument.Parse(run.Output).RootElement.Clone();
        }

        public Task DisposeAsync()
        {
            Folder.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void The_demo_imports_every_export_trains_a_model_and_reports_the_running_cohort()
    {
        var summary = demo.Summary;
        summary.GetProperty("surveyFiles").GetInt32().ShouldBe(11); // every file listed in sample-data/program.json
        summary.GetProperty("responsesImported").GetInt32().ShouldBe(1517); // the responses program.json lists (1486 before the sample was tuned to the published closure rate)
        summary.GetProperty("rowsRejected").GetInt32().ShouldBe(0);
        // Issue #18's sample (closures front-loaded): on sample-data's two finished cohorts the model (held-out ROC AUC
        // 0.74) beats the documented rules on the same rows (0.63), so it is kept and written. (Issue #15's sample had
        // the model at 0.74 and the rules at 0.74, no model kept; ModelThatLearnedNothingTests keeps that case.)
        summary.GetProperty("model").GetString().ShouldBe(Path.Combine(demo.Folder.Path, "demo", "mentoreval.db.risk-model.zip"));
        summary.TryGetProperty("modelNote", out _).ShouldBeFalse();
        File.Exists(Path.Combine(demo.Folder.Path, "demo", "mentoreval.db.risk-model.zip")).ShouldBeTrue();
        demo.Cohort.ShouldBe("2025-fall"); // the cohort still running in sample-data
        summary.GetProperty("comparedWith").GetString().ShouldBe("2025-spring");

        var report = summary.GetProperty("report");
        report.GetProperty("workbook").GetString().ShouldBe(Path.Combine(demo.Folder.Path, "demo", "2025-fall", "MentorEval-2025-fall.xlsx"));
        File.Exists(report.GetProperty("workbook").GetString()).ShouldBeTrue();
        report.GetProperty("headlines").GetArrayLength().ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task Without_sample_data_at_hand_the_demo_generates_a_program_and_runs_on_it()
    {
        using var empty = new TemporaryFolder();

        var run = await CliHarness.RunAsync(empty.Path, "demo", "--json");

        run.ExitCode.ShouldBe(0, run.Output);
        var summary = JsonDocument.Parse(run.Output).RootElement;
        summary.GetProperty("sampleGenerated").GetBoolean().ShouldBeTrue();
        summary.GetProperty("sampleFolder").GetString().ShouldBe(Path.Combine(empty.Path, "reports", "demo", "sample-data"));
        File.Exists(Path.Combine(empty.Path, "reports", "demo", "sample-data", "program.json")).ShouldBeTrue();
        File.Exists(summary.GetProperty("report").GetProperty("workbook").GetString()).ShouldBeTrue();
    }

    [Fact]
    public void Every_chart_is_a_1200_by_700_png()
    {
        var charts = demo.Summary.GetProperty("report").GetProperty("charts").EnumerateArray().Select(c => c.GetString()!).ToList();
        charts.Count.ShouldBeGreaterThan(10);
        charts.ShouldContain(c => Path.GetFileName(c) == "response-rates.png");
        charts.ShouldContain(c => Path.GetFileName(c) == "risk-probabilities.png" || Path.GetFileName(c) == "risk-concern-scores.png");
        foreach (var chart in charts)
        {
            var bytes = File.ReadAllBytes(chart);
            bytes.Length.ShouldBeGreaterThan(10_000, chart);
            // PNG: an 8-byte signature, then the IHDR chunk whose data starts with width and height (big-endian).
            bytes.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
            BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).ShouldBe(1200, chart);
            BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).ShouldBe(700, chart);
        }
    }

    [Fact]
    public async Task The_workbook_shows_what_analyze_computes_for_the_cohort()
    {
        var analyze = await demo.Run("analyze", "--cohort", demo.Cohort, "--db", demo.Database, "--json");
        analyze.ExitCode.ShouldBe(0, analyze.Output);
        var groups = JsonDocument.Parse(analyze.Output).RootElement.GetProperty("groups").EnumerateArray()
            .Where(g => !g.GetProperty("suppressed").GetBoolean()).ToList();
        using var workbook = new XLWorkbook(demo.Summary.GetProperty("report").GetProperty("workbook").GetString());
        workbook.Worksheets.Select(s => s.Name).ShouldBe(["Overview", "Scales", "Reliability", "Change", "Dyads", "At risk", "Retention", "Items", "Responses", "About"]);

        var table = workbook.Worksheet("Scales").Tables.First();
        var headers = table.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        int Column(string name) => headers.IndexOf(name) + 1;
        var rows = table.DataRange.Rows().Where(r => r.Cell(Column("Cohort")).GetString() == demo.Cohort).ToList();
        groups.Count.ShouldBeGreaterThan(20);
        foreach (var group in groups)
        {
            var row = rows.Single(r => r.Cell(Column("Instrument")).GetString() == group.GetProperty("instrument").GetString() &&
                                       r.Cell(Column("Wave")).GetString() == group.GetProperty("wave").GetString() &&
                                       r.Cell(Column("Role")).GetString() == group.GetProperty("role").GetString() &&
                                       ScaleIdOf(workbook, r.Cell(Column("Instrument")).GetString(), r.Cell(Column("Scale")).GetString()) == group.GetProperty("scale").GetString());
            row.Cell(Column("Mean")).GetDouble().ShouldBe(group.GetProperty("mean").GetDouble(), 1e-9);
            row.Cell(Column("N scored")).GetDouble().ShouldBe(group.GetProperty("n").GetInt32());
        }
    }

    [Fact]
    public void The_at_risk_sheet_lists_every_running_pair_judged_by_the_demos_method_most_likely_first()
    {
        using var workbook = new XLWorkbook(demo.Summary.GetProperty("report").GetProperty("workbook").GetString());
        var table = workbook.Worksheet("At risk").Table("AtRisk");
        var rows = table.DataRange.Rows().ToList();
        rows.Count.ShouldBeGreaterThan(20);
        // Issue #15: the rules judge when the demo kept no model (sample-data: see the test above).
        var method = demo.Summary.TryGetProperty("model", out _) ? "model" : "rules";
        rows.ShouldAllBe(r => r.Cell(4).GetString() == method);
        var flagged = rows.TakeWhile(r => r.Cell(3).GetString() == "yes").ToList();
        flagged.Count.ShouldBe(demo.Summary.GetProperty("report").GetProperty("flaggedPairs").GetInt32());
        flagged.ShouldAllBe(r => r.Cell(5).GetString().Length > 0); // every flag has a reason
        var probabilities = rows.Select(r => r.Cell(2).GetDouble()).ToList();
        probabilities.Take(flagged.Count).ShouldBe(probabilities.Take(flagged.Count).OrderByDescending(p => p));
    }

    [Fact]
    public async Task A_report_with_a_large_minimum_cell_withholds_every_group_statistic()
    {
        var run = await demo.Run("report", "--cohort", demo.Cohort, "--db", demo.Database, "--out", "strict", "--min-cell", "500", "--json");
        run.ExitCode.ShouldBe(0, run.Output);
        using var workbook = new XLWorkbook(JsonDocument.Parse(run.Output).RootElement.GetProperty("workbook").GetString());

        var table = workbook.Worksheet("Scales").Tables.First();
        table.DataRange.Rows().ShouldAllBe(r => r.Cell(10).IsEmpty() && r.Cell(6).GetString() == "< 500");
        workbook.Worksheet("Dyads").Table("PairGaps").DataRange.Rows().ShouldAllBe(r => r.Cell(1).IsEmpty());
    }

    [Fact]
    public async Task A_program_name_that_looks_like_a_formula_stays_text()
    {
        const string name = "=HYPERLINK(\"http://x\",\"click\")";
        var run = await demo.Run("report", "--cohort", demo.Cohort, "--db", demo.Database, "--out", "named", "--program", name, "--json");
        run.ExitCode.ShouldBe(0, run.Output);
        using var workbook = new XLWorkbook(JsonDocument.Parse(run.Output).RootElement.GetProperty("workbook").GetString());

        var cell = workbook.Worksheet("Overview").Cell("B3");
        cell.HasFormula.ShouldBeFalse();
        cell.GetString().ShouldBe(name);
    }

    [Theory]
    [InlineData("--cohort", "nope", "No cohort \"nope\"", "Known cohorts: 2024-fall, 2025-fall, 2025-spring")]
    [InlineData("--compare-to", "2025-fall", "names the reported cohort itself", "Name another cohort")]
    [InlineData("--min-cell", "0", "--min-cell: The smallest group shown must be 1 or more (got 0).", "Give a whole number of 1 or more")]
    public async Task Bad_options_give_a_clear_message_and_write_nothing(string option, string value, string message, string fix)
    {
        string[] args = option == "--cohort"
            ? ["report", "--cohort", value, "--db", demo.Database, "--out", "bad"]
            : ["report", "--cohort", demo.Cohort, option, value, "--db", demo.Database, "--out", "bad"];
        var run = await demo.Run(args);

        run.ExitCode.ShouldBe(1, run.Output); // invalid input
        run.Output.ShouldContain(message);
        run.Output.ShouldContain(fix);
        run.Output.ShouldNotContain("   at ");
        Directory.Exists(Path.Combine(demo.Folder.Path, "bad")).ShouldBeFalse();
    }

    private static string ScaleIdOf(XLWorkbook workbook, string instrument, string title)
    {
        var rules = workbook.Worksheet("About").Table("ScoringRules").DataRange.Rows();
        rules.ShouldContain(r => r.Cell(1).GetString() == instrument && r.Cell(2).GetString() == title);
        return Instruments.Value.Single(i => i.Id == instrument).Scales.Single(s => s.Title == title).Id;
    }

    private static readonly Lazy<IReadOnlyList<Core.Instruments.Instrument>> Instruments =
        new(() => Import.Instruments.InstrumentFiles.Load(Repository.PathOf("instruments")).Instruments.ToList());
}
