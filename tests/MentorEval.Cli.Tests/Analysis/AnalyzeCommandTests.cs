using System.Text.Json;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Analysis;

/// <summary>`mentoreval analyze` on a generated program imported as a program leader would import it.</summary>
public sealed class AnalyzeCommandTests : IClassFixture<AnalyzeCommandTests.ImportedProgram>
{
    private readonly ImportedProgram program;

    public AnalyzeCommandTests(ImportedProgram program) => this.program = program;

    /// <summary>A small sample program (two finished cohorts) imported once for all tests here.</summary>
    public sealed class ImportedProgram : IAsyncLifetime
    {
        public TemporaryFolder Folder { get; } = new();

        public Task<CliHarness.Run> Run(params string[] args) => CliHarness.RunAsync(Folder.Path, args);

        public async Task InitializeAsync()
        {
            (await Run("sample", "generate", "--out", "program", "--pairs", "60", "--cohorts", "2", "--complete")).ExitCode.ShouldBe(0);
            (await Run("roster", "import", "program/roster.csv")).ExitCode.ShouldBe(0);
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder.Path, "program", "program.json")));
            foreach (var survey in manifest.RootElement.GetProperty("surveys").EnumerateArray())
            {
                var run = await Run("import", "program/" + survey.GetProperty("file").GetString(), "--instrument", survey.GetProperty("instrument").GetString()!);
                run.ExitCode.ShouldBe(0, run.Output);
            }
        }

        public Task DisposeAsync()
        {
            Folder.Dispose();
            return Task.CompletedTask;
        }
    }

    private async Task<JsonElement> Analyze(params string[] args)
    {
        var run = await program.Run(["analyze", "--cohort", "2024-fall", "--json", .. args]);
        run.ExitCode.ShouldBe(0, run.Output);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    [Fact]
    public async Task Summaries_cover_every_wave_and_role_with_response_rates()
    {
        var report = await Analyze("--instrument", "relationship-checkin");

        report.GetProperty("waves").EnumerateArray().Select(w => w.GetString()).ShouldBe(["baseline", "month-3", "month-6", "end"]);
        var groups = report.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => (g.GetProperty("wave").GetString(), g.GetProperty("role").GetString())).Distinct().Count().ShouldBe(8);
        var baseline = groups.First(g => g.GetProperty("wave").GetString() == "baseline" && g.GetProperty("scale").GetString() == "overall");
        baseline.GetProperty("expected").GetInt32().ShouldBe(30);
        baseline.GetProperty("responseRate").GetDouble().ShouldBeInRange(0.5, 1.0);
    }

    [Fact]
    public async Task Change_comparison_and_dyads_use_the_latest_and_first_waves_by_default()
    {
        var report = await Analyze("--instrument", "mca-26");

        report.GetProperty("wave").GetString().ShouldBe("end");
        report.GetProperty("compareWave").GetString().ShouldBe("baseline");
        report.GetProperty("changes").GetArrayLength().ShouldBe(7 * 2);
        report.GetProperty("comparisons")[0].GetProperty("test").GetString().ShouldBe("Welch t");
        var dyad = report.GetProperty("dyads").EnumerateArray().First(d => d.GetProperty("scale").GetString() == "overall");
        dyad.GetProperty("nPairs").GetInt32().ShouldBeGreaterThan(5);
        dyad.GetProperty("pairs").GetArrayLength().ShouldBe(dyad.GetProperty("nPairs").GetInt32());
    }

    [Fact]
    public async Task With_a_large_minimum_cell_no_statistic_is_shown()
    {
        var report = await Analyze("--instrument", "relationship-checkin", "--min-cell", "1000");

        foreach (var group in report.GetProperty("groups").EnumerateArray())
        {
            group.GetProperty("suppressed").GetBoolean().ShouldBeTrue();
            group.TryGetProperty("mean", out _).ShouldBeFalse();
            group.TryGetProperty("n", out _).ShouldBeFalse();
        }

        report.GetProperty("dyads").EnumerateArray().ShouldAllBe(d => d.GetProperty("suppressed").GetBoolean());
    }

    [Theory]
    [InlineData("--cohort", "1999-spring", "Known cohorts: 2024-fall, 2025-spring")]
    [InlineData("--wave", "month-99", "Its waves: baseline, month-3, month-6, end")]
    public async Task An_unknown_cohort_or_wave_exits_1_and_lists_the_known_ones(string option, string value, string message)
    {
        var args = option == "--cohort" ? new[] { "analyze", option, value } : ["analyze", "--cohort", "2024-fall", option, value];

        var run = await program.Run(args);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain(message);
    }
}
