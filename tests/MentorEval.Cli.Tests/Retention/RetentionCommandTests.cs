using System.Globalization;
using System.Text.Json;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Retention;

/// <summary>Issue #18: `mentoreval retention` on the stored roster gives R's figures, and says what is wrong with its options.</summary>
public sealed class RetentionCommandTests : IAsyncLifetime
{
    private readonly TemporaryFolder folder = new();

    private Task<CliHarness.Run> Run(params string[] args) => CliHarness.RunAsync(folder.Path, args);

    public async Task InitializeAsync() =>
        (await Run("roster", "import", Path.Combine(Repository.Root, "sample-data", "roster.csv"))).ExitCode.ShouldBe(0);

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Json_gives_the_kaplan_meier_curve_and_early_closure_rate_of_survfit_and_prop_test_on_sample_data()
    {
        // R: survfit(Surv(months, closed) ~ 1, conf.type = "log-log") and prop.test(closed, ended, correct = FALSE) on
        // sample-data's roster as of 2026-01-15 (tests/MentorEval.Core.Tests/Retention/Fixtures/make_fixtures.R,
        // sample-km.csv and sample-rates.csv, group "all"). Tolerance 1e-6.
        var run = await Run("retention", "--json", "--as-of", "2026-01-15");

        run.ExitCode.ShouldBe(0, run.Output);
        var json = JsonDocument.Parse(run.Output).RootElement;
        json.GetProperty("confidenceType").GetString().ShouldBe("log-log");
        var overall = json.GetProperty("overall");
        var steps = overall.GetProperty("curve").EnumerateArray().ToList();
        var expected = Reference("sample-km.csv").Where(r => r["group"] == "all").ToList();
        steps.Count.ShouldBe(expected.Count);
        foreach (var (step, r) in steps.Zip(expected))
        {
            step.GetProperty("months").GetDouble().ShouldBe(Number(r["time"]), 1e-6);
            step.GetProperty("atRisk").GetInt32().ShouldBe((int)Number(r["n.risk"]));
            step.GetProperty("stillRunning").GetDouble().ShouldBe(Number(r["surv"]), 1e-6);
            if (r["lower"] != "NA") step.GetProperty("lower").GetDouble().ShouldBe(Number(r["lower"]), 1e-6);
        }

        var rate = Reference("sample-rates.csv").Single(r => r["group"] == "all");
        var closure = overall.GetProperty("earlyClosure");
        closure.GetProperty("rate").GetDouble().ShouldBe(Number(rate["rate"]), 1e-6);
        closure.GetProperty("wilson").GetProperty("lower").GetDouble().ShouldBe(Number(rate["lower"]), 1e-6);
        closure.GetProperty("wilson").GetProperty("upper").GetDouble().ShouldBe(Number(rate["upper"]), 1e-6);
        json.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldBe(["2024-fall", "2025-fall", "2025-spring"]);
        json.GetProperty("reasons").GetProperty("unmapped").GetArrayLength().ShouldBe(0); // the shipped table maps every sample reason
    }

    [Fact]
    public async Task An_attribute_the_roster_does_not_have_is_refused_naming_those_it_has()
    {
        var run = await Run("retention", "--by", "matching_method");

        run.ExitCode.ShouldNotBe(0);
        run.Output.ShouldContain("has no attribute \"matching_method\". Group by one of cohort, planned-months, start-year, site, or add a matching_method column");
    }

    [Fact]
    public async Task A_date_that_is_not_one_is_refused_with_the_form_expected()
    {
        var run = await Run("retention", "--as-of", "2026-13-01");

        run.ExitCode.ShouldNotBe(0);
        run.Output.ShouldContain("error: --as-of: \"2026-13-01\" is not a date. Write it as YYYY-MM-DD");
    }

    [Fact]
    public async Task One_cohort_alone_is_analysed_when_named_and_an_unknown_one_is_refused_with_the_known_ones()
    {
        var one = await Run("retention", "--json", "--as-of", "2026-01-15", "--cohort", "2024-fall");
        var unknown = await Run("retention", "--cohort", "2019-spring");

        one.ExitCode.ShouldBe(0, one.Output);
        JsonDocument.Parse(one.Output).RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldBe(["2024-fall"]);
        unknown.ExitCode.ShouldNotBe(0);
        unknown.Output.ShouldContain("No cohort \"2019-spring\"");
        unknown.Output.ShouldContain("Known cohorts: 2024-fall, 2025-fall, 2025-spring");
    }

    private static List<Dictionary<string, string>> Reference(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "tests", "MentorEval.Core.Tests", "Retention", "Fixtures", file));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',').Select(c => c.Trim())).ToDictionary(x => x.First, x => x.Second)).ToList();
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
