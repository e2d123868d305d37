using System.Globalization;
using System.Text.Json;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Retention;

/// <summary>Issue #18: `retention --by site` groups pairs by the roster's own site column, with R's survdiff across the sites.</summary>
public sealed class RetentionBySiteTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task By_site_gives_a_curve_per_site_and_the_log_rank_test_of_survdiff_on_sample_data()
    {
        // R: survdiff(Surv(months, closed) ~ site) on sample-data's roster as of 2026-01-15
        // (tests/MentorEval.Core.Tests/Retention/Fixtures/make_fixtures.R, sample-logrank.csv, by = site). Tolerance 1e-6.
        (await CliHarness.RunAsync(folder.Path, "roster", "import", Path.Combine(Repository.Root, "sample-data", "roster.csv"))).ExitCode.ShouldBe(0);

        var run = await CliHarness.RunAsync(folder.Path, "retention", "--by", "site", "--as-of", "2026-01-15", "--json");

        run.ExitCode.ShouldBe(0, run.Output);
        var json = JsonDocument.Parse(run.Output).RootElement;
        json.GetProperty("groupedBy").GetString().ShouldBe("site");
        json.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldBe(["central", "east", "online"]);
        var expected = File.ReadAllLines(Path.Combine(Repository.Root, "tests", "MentorEval.Core.Tests", "Retention", "Fixtures", "sample-logrank.csv"))
            .Skip(1).Select(l => l.Split(',').Select(c => c.Trim()).ToArray()).Where(c => c[0] == "site").ToList();
        var logRank = json.GetProperty("logRank");
        logRank.GetProperty("chiSquare").GetDouble().ShouldBe(Number(expected[0][5]), 1e-6);
        logRank.GetProperty("df").GetInt32().ShouldBe((int)Number(expected[0][6]));
        logRank.GetProperty("p").GetDouble().ShouldBe(Number(expected[0][7]), 1e-6);
        logRank.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("expected").GetDouble()).Zip(expected.Select(e => Number(e[4])))
            .ShouldAllBe(x => Math.Abs(x.First - x.Second) < 1e-6);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
