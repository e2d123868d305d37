using System.Text.Json;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Validity;

/// <summary>
/// `mentoreval validity`: a researcher checks that the definition's factor structure holds in an export, and whether
/// mentors and mentees read the items alike. HolzingerSwineford1939 stands in for an export (its two schools as the
/// two roles), so every figure is lavaan's (tests/MentorEval.Core.Tests/Validity/Fixtures/make_fixtures.R).
/// </summary>
public sealed class ValidityCommandTests : IDisposable
{
    private const string Definition = """
        { "id": "hs", "version": "1.0.0", "title": "Holzinger & Swineford (1939) ability tests", "roles": ["mentor", "mentee"],
          "responseScales": [ { "id": "score", "kind": "numeric", "min": 0, "max": 10 } ],
          "items": [
            { "id": "x1", "text": "visual perception", "responseScale": "score" },
            { "id": "x2", "text": "cubes", "responseScale": "score" },
            { "id": "x3", "text": "lozenges", "responseScale": "score" },
            { "id": "x4", "text": "paragraph comprehension", "responseScale": "score" },
            { "id": "x5", "text": "sentence completion", "responseScale": "score" },
            { "id": "x6", "text": "word meaning", "responseScale": "score" },
            { "id": "x7", "text": "speeded addition", "responseScale": "score" },
            { "id": "x8", "text": "speeded counting of dots", "responseScale": "score" },
            { "id": "x9", "text": "speeded discrimination", "responseScale": "score" } ],
          "scales": [
            { "id": "visual", "title": "Visual", "items": ["x1", "x2", "x3"] },
            { "id": "textual", "title": "Textual", "items": ["x4", "x5", "x6"] },
            { "id": "speed", "title": "Speed", "items": ["x7", "x8", "x9"] } ] }
        """;

    private readonly TemporaryFolder folder = new();

    public ValidityCommandTests() => folder.File("defs/hs.json", Definition);

    public void Dispose() => folder.Dispose();

    /// <summary>The HolzingerSwineford1939 fixture as a generic export; Pasteur pupils as mentors, Grant-White as mentees.</summary>
    private void Export(bool withRole = true)
    {
        var source = Repository.PathOf("tests", "MentorEval.Core.Tests", "Validity", "Fixtures", "holzinger-swineford.csv");
        var rows = File.ReadAllLines(source).Skip(1).Where(l => l.Length > 0).Select((line, i) =>
        {
            var cells = line.Split(',');
            var role = cells[0].Trim('"') == "Pasteur" ? "mentor" : "mentee";
            return $"R{i + 1}," + (withRole ? role + "," : "") + string.Join(',', cells[1..]);
        });
        folder.File("hs.csv", (withRole ? "respondent_id,role," : "respondent_id,") + "x1,x2,x3,x4,x5,x6,x7,x8,x9\n" + string.Join("\n", rows) + "\n");
    }

    private Task<CliHarness.Run> Validity(params string[] args) =>
        CliHarness.RunAsync(folder.Path, ["validity", "hs.csv", "--instrument", "hs", "--instruments", "defs", .. args]);

    [Fact]
    public async Task Json_gives_the_correlated_factors_model_with_lavaans_fit_and_loadings()
    {
        Export();

        var run = await Validity("--json");

        run.ExitCode.ShouldBe(0, run.Output);
        var root = JsonDocument.Parse(run.Output).RootElement;
        root.GetProperty("missing").GetString().ShouldBe("listwise");
        var combined = root.GetProperty("models")[0];
        combined.GetProperty("name").GetString().ShouldBe("all scales");
        var fit = combined.GetProperty("analysis").GetProperty("fit");
        fit.GetProperty("chiSquare").GetDouble().ShouldBe(85.305521772505, 1e-3);  // fitMeasures(cfa(hs_model, HS, std.lv = TRUE))["chisq"]
        fit.GetProperty("cfi").GetDouble().ShouldBe(0.930559651796468, 1e-3);
        fit.GetProperty("df").GetInt32().ShouldBe(24);
        var x1 = combined.GetProperty("analysis").GetProperty("loadings")[0];
        x1.GetProperty("item").GetString().ShouldBe("x1");
        x1.GetProperty("standardized").GetDouble().ShouldBe(0.772, 1e-3);        // standardizedSolution(fit): visual =~ x1
        root.GetProperty("models").GetArrayLength().ShouldBe(4);                  // all scales, then each scale alone
        root.TryGetProperty("invariance", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task By_role_tests_invariance_with_lavaans_multi_group_fits_and_a_verdict_in_words()
    {
        Export();

        var run = await Validity("--by", "role", "--json");

        run.ExitCode.ShouldBe(0, run.Output);
        var invariance = JsonDocument.Parse(run.Output).RootElement.GetProperty("invariance");
        var steps = invariance.GetProperty("steps");
        // cfa(hs_model, HS, std.lv = TRUE, group = "school", group.equal = …): configural, metric, scalar, strict.
        double[] lavaan = [115.851343861128, 124.043544179728, 164.102830926984, 181.511345250207];
        for (var i = 0; i < 4; i++) steps[i].GetProperty("fit").GetProperty("chiSquare").GetDouble().ShouldBe(lavaan[i], 1e-3);
        steps[2].GetProperty("level").GetString().ShouldBe("scalar");
        steps[2].GetProperty("holds").GetBoolean().ShouldBeFalse();
        invariance.GetProperty("reached").GetString().ShouldBe("metric");
        invariance.GetProperty("verdict").GetString()!.ShouldStartWith("Invariance holds up to the metric level (ΔCFI > −.01 at each step, Cheung & Rensvold 2002)");
        invariance.GetProperty("partial")[0].GetProperty("item").GetString().ShouldBe("x3");
    }

    [Fact]
    public async Task The_terminal_shows_fit_loadings_misfit_in_words_and_the_verdict()
    {
        Export();

        var run = await Validity("--by", "role");

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain("All scales as correlated factors (3 factors, 9 items, 301 of 301 respondents complete)");
        run.Output.ShouldContain("χ²(24) = 85.31, p < .001; CFI 0.931, TLI 0.896; RMSEA 0.092 [0.071, 0.114], p-close 0.001; SRMR 0.065");
        run.Output.ShouldContain("Item x9 also reflects visual, not only speed (modification index 36.4).");
        run.Output.ShouldContain("Verdict Invariance holds up to the metric level");
        run.Output.ShouldContain("Freeing the intercept of x3 lowers χ² by 19.5");
    }

    [Fact]
    public async Task By_role_on_an_export_without_roles_is_refused_with_what_to_fix()
    {
        Export(withRole: false);

        var run = await Validity("--by", "role");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("hs.csv, column role: --by role needs a role column saying mentor or mentee on every row; 301 row(s) have none.");
        run.Output.ShouldContain("compare without --by");
    }
}
