using System.Text.Json;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Scoring;

/// <summary>`mentoreval score`: a researcher scores an export without a database and gets psych's numbers.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private const string Definition = """
        { "id": "bfi-a", "version": "1.0.0", "title": "bfi Agreeableness", "citation": "psych::bfi", "roles": ["mentee"],
          "responseScales": [ { "id": "six", "min": 1, "max": 6, "missingCodes": ["N/A"] } ],
          "items": [
            { "id": "A1", "text": "A1", "responseScale": "six", "reverse": true },
            { "id": "A2", "text": "A2", "responseScale": "six" },
            { "id": "A3", "text": "A3", "responseScale": "six" },
            { "id": "A4", "text": "A4", "responseScale": "six" },
            { "id": "A5", "text": "A5", "responseScale": "six" } ],
          "scales": [ { "id": "agreeableness", "title": "Agreeableness", "items": ["A1", "A2", "A3", "A4", "A5"], "minAnswered": 1 } ] }
        """;

    private readonly TemporaryFolder folder = new();

    public ScoreCommandTests() => folder.File("defs/bfi-a.json", Definition);

    public void Dispose() => folder.Dispose();

    /// <summary>psych's bfi Agreeableness items as a generic export (respondent_id, then A1..A5).</summary>
    private string BfiExport(Func<int, string, string>? edit = null)
    {
        var source = Repository.PathOf("tests", "MentorEval.Core.Tests", "Reliability", "Fixtures", "bfi-agreeableness.csv");
        var lines = File.ReadAllLines(source).Skip(1).Select((line, i) => edit?.Invoke(i, line) ?? line).Select((line, i) => $"R{i + 1},{line}");
        return folder.File("bfi.csv", "respondent_id,A1,A2,A3,A4,A5\n" + string.Join("\n", lines) + "\n");
    }

    private Task<CliHarness.Run> Score(params string[] args) =>
        CliHarness.RunAsync(folder.Path, ["score", .. args, "--instrument", "bfi-a", "--instruments", "defs"]);

    [Fact]
    public async Task Json_output_has_the_documented_shape_and_psychs_alpha()
    {
        BfiExport();

        var run = await Score("bfi.csv", "--json");

        run.ExitCode.ShouldBe(0);
        var root = JsonDocument.Parse(run.Output).RootElement;
        root.GetProperty("instrument").GetString().ShouldBe("bfi-a");
        root.GetProperty("respondents").GetInt32().ShouldBe(2800);
        root.GetProperty("missingPolicy").GetString().ShouldBe("pairwise");
        var scale = root.GetProperty("scales")[0];
        scale.GetProperty("id").GetString().ShouldBe("agreeableness");
        scale.GetProperty("alpha").GetDouble().ShouldBe(0.7030184, 1e-7);      // psych::alpha(A)$total$raw_alpha
        scale.GetProperty("alphaStd").GetDouble().ShouldBe(0.7130286, 1e-7);   // $total$std.alpha
        scale.GetProperty("lambda6").GetDouble().ShouldBe(0.6827627, 1e-7);    // $total$`G6(smc)`
        scale.GetProperty("averageR").GetDouble().ShouldBe(0.3319677, 1e-7);   // $total$average_r
        scale.GetProperty("omegaTotal").GetDouble().ShouldBe(0.7229431, 1e-5); // omega(A, nfactors = 1)$omega.tot
        scale.GetProperty("alphaCi").GetProperty("lower").GetDouble().ShouldBeLessThan(0.7030184);
        var item = scale.GetProperty("items")[0];
        item.GetProperty("id").GetString().ShouldBe("A1");
        item.TryGetProperty("rDrop", out _).ShouldBeTrue();
        item.TryGetProperty("alphaIfDeleted", out _).ShouldBeTrue();
        var score = root.GetProperty("scores")[0];
        score.GetProperty("respondentId").GetString().ShouldBe("R1");
        score.GetProperty("agreeableness").GetDouble().ShouldBe(4.0, 1e-12); // psych::scoreItems: (7-2 + 4 + 3 + 4 + 4) / 5
    }

    [Fact]
    public async Task Listwise_is_stated_and_uses_complete_respondents_only()
    {
        BfiExport();

        var run = await Score("bfi.csv", "--missing", "listwise", "--json");

        var root = JsonDocument.Parse(run.Output).RootElement;
        root.GetProperty("missingPolicy").GetString().ShouldBe("listwise");
        root.GetProperty("scales")[0].GetProperty("alpha").GetDouble().ShouldBe(0.7037559, 1e-7); // psych::alpha(na.omit(A))
    }

    [Fact]
    public async Task Scores_and_reliability_files_are_written_and_ids_cannot_become_formulas()
    {
        BfiExport();
        File.WriteAllText(Path.Combine(folder.Path, "bfi.csv"), File.ReadAllText(Path.Combine(folder.Path, "bfi.csv")).Replace("\nR2,", "\n=cmd|' /C calc'!A0,"));

        var run = await Score("bfi.csv", "--out", "out/scores.csv", "--reliability", "out/reliability.csv");

        run.ExitCode.ShouldBe(0);
        var scores = File.ReadAllLines(Path.Combine(folder.Path, "out", "scores.csv"));
        scores[0].ShouldBe("respondent_id,agreeableness");
        scores[1].ShouldBe("R1,4");
        scores[2].ShouldStartWith("'=cmd");
        var reliability = File.ReadAllLines(Path.Combine(folder.Path, "out", "reliability.csv"));
        reliability[0].ShouldStartWith("scale,item,n,mean,sd,r_drop,alpha_if_deleted,raw_alpha");
        reliability[1].ShouldStartWith("agreeableness,,2800,");
        reliability.Length.ShouldBe(1 + 1 + 5);
    }

    [Fact]
    public async Task A_value_outside_the_scale_leaves_its_respondent_out_with_a_warning()
    {
        BfiExport((i, line) => i == 4 ? "9" + line[1..] : line);

        var run = await Score("bfi.csv", "--json");

        run.ExitCode.ShouldBe(0);
        var root = JsonDocument.Parse(run.Output).RootElement;
        root.GetProperty("respondents").GetInt32().ShouldBe(2799);
        root.GetProperty("rowsRejected").GetInt32().ShouldBe(1);
        root.GetProperty("scales")[0].GetProperty("warnings")[0].GetString()!.ShouldContain("rows 6");
        root.GetProperty("rejects")[0].GetProperty("message").GetString()!.ShouldContain("outside the response scale 1–6");
    }

    [Fact]
    public async Task A_constant_item_gives_a_warning_and_no_NaN()
    {
        BfiExport((i, line) => "3" + line[line.IndexOf(',')..]);

        var run = await Score("bfi.csv", "--json");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldNotContain("NaN");
        var scale = JsonDocument.Parse(run.Output).RootElement.GetProperty("scales")[0];
        string.Join(" ", scale.GetProperty("warnings").EnumerateArray().Select(w => w.GetString())).ShouldContain("A1");
        scale.GetProperty("items")[0].GetProperty("sd").GetDouble().ShouldBe(0);
    }
}
