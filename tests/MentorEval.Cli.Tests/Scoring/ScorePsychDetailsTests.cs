using System.Text.Json;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Scoring;

/// <summary>
/// `mentoreval score` tells a researcher what psych's <c>alpha()</c> prints (item raw.r, std.r, r.cor, response
/// frequencies and share missing; the scale's S/N, ase, Duhachek interval and median r), which respondents each
/// figure rests on, and whether mentors and mentees were pooled. Expected values are psych 2.2.9's, named by call.
/// </summary>
public sealed class ScorePsychDetailsTests : IDisposable
{
    private const string Definition = """
        { "id": "bfi-a", "version": "1.0.0", "title": "bfi Agreeableness", "citation": "psych::bfi", "roles": ["mentor", "mentee"],
          "responseScales": [ { "id": "six", "min": 1, "max": 6 } ],
          "items": [
            { "id": "A1", "text": "A1", "responseScale": "six", "reverse": true },
            { "id": "A2", "text": "A2", "responseScale": "six" },
            { "id": "A3", "text": "A3", "responseScale": "six" },
            { "id": "A4", "text": "A4", "responseScale": "six" },
            { "id": "A5", "text": "A5", "responseScale": "six" } ],
          "scales": [ { "id": "agreeableness", "title": "Agreeableness", "items": ["A1", "A2", "A3", "A4", "A5"], "minAnswered": 3 } ] }
        """;

    private const double Psych = 1e-4;

    private readonly TemporaryFolder folder = new();

    public ScorePsychDetailsTests() => folder.File("defs/bfi-a.json", Definition);

    public void Dispose() => folder.Dispose();

    /// <summary>psych's bfi Agreeableness items as a generic export; <paramref name="context"/> adds pair_id, role, wave cells.</summary>
    private void BfiExport(Func<int, string>? context = null)
    {
        var source = Repository.PathOf("tests", "MentorEval.Core.Tests", "Reliability", "Fixtures", "bfi-agreeableness.csv");
        var header = context is null ? "respondent_id,A1,A2,A3,A4,A5" : "respondent_id,pair_id,role,wave,A1,A2,A3,A4,A5";
        var lines = File.ReadAllLines(source).Skip(1).Select((line, i) => context is null ? $"R{i + 1},{line}" : $"R{i + 1},{context(i)},{line}");
        folder.File("bfi.csv", header + "\n" + string.Join("\n", lines) + "\n");
    }

    private Task<CliHarness.Run> Score(params string[] args) =>
        CliHarness.RunAsync(folder.Path, ["score", "bfi.csv", .. args, "--instrument", "bfi-a", "--instruments", "defs"]);

    [Fact]
    public async Task Json_gives_psychs_scale_details_sn_ase_duhachek_interval_and_median_r()
    {
        BfiExport();

        var run = await Score("--json");

        run.ExitCode.ShouldBe(0);
        var scale = JsonDocument.Parse(run.Output).RootElement.GetProperty("scales")[0];
        scale.GetProperty("signalToNoise").GetDouble().ShouldBe(2.4846675511, Psych);          // psych::alpha(A)$total$`S/N`
        scale.GetProperty("alphaSe").GetDouble().ShouldBe(0.0089517744, Psych);                // psych::alpha(A)$total$ase
        scale.GetProperty("alphaCiDuhachek").GetProperty("lower").GetDouble().ShouldBe(0.6854729682, Psych); // raw_alpha - 1.96 ase
        scale.GetProperty("alphaCiDuhachek").GetProperty("upper").GetDouble().ShouldBe(0.7205639239, Psych); // raw_alpha + 1.96 ase
        scale.GetProperty("medianR").GetDouble().ShouldBe(0.3376233408, Psych);                // psych::alpha(A)$total$median_r
    }

    [Fact]
    public async Task Json_gives_psychs_item_statistics_and_response_frequencies()
    {
        BfiExport();

        var run = await Score("--json");

        var a1 = JsonDocument.Parse(run.Output).RootElement.GetProperty("scales")[0].GetProperty("items")[0];
        a1.GetProperty("rawR").GetDouble().ShouldBe(0.5806903118, Psych);  // psych::alpha(A)$item.stats['A1', 'raw.r']
        a1.GetProperty("stdR").GetDouble().ShouldBe(0.5664248142, Psych);  // psych::alpha(A)$item.stats['A1', 'std.r']
        a1.GetProperty("rCor").GetDouble().ShouldBe(0.3763568402, Psych);  // psych::alpha(A)$item.stats['A1', 'r.cor']
        a1.GetProperty("missingShare").GetDouble().ShouldBe(0.0057142857, Psych); // psych::alpha(A)$response.freq['A1', 'miss']
        var frequencies = a1.GetProperty("responseFrequencies");
        frequencies.GetProperty("1").GetDouble().ShouldBe(0.0294540230, Psych); // psych::alpha(A)$response.freq['A1', '1']
        frequencies.GetProperty("6").GetDouble().ShouldBe(0.3311781609, Psych); // psych::alpha(A)$response.freq['A1', '6']
    }

    [Fact]
    public async Task Each_figure_says_which_respondents_it_uses()
    {
        BfiExport();

        var json = JsonDocument.Parse((await Score("--json")).Output).RootElement.GetProperty("scales")[0];
        var text = (await Score()).Output;

        json.GetProperty("meanN").GetInt32().ShouldBeLessThan(json.GetProperty("alphaN").GetInt32());
        json.GetProperty("respondentsNote").GetString()!.ShouldContain("at least 3 of the 5 items");
        text.ShouldContain("mean and sd: the");
        text.ShouldContain("who answered at least 3 of the 5 items");
        text.ShouldContain("alpha and item figures:");
        text.ShouldContain("Duhachek");
        text.ShouldContain("S/N");
        text.ShouldContain("raw.r");
    }

    [Fact]
    public async Task Pooling_mentors_and_mentees_in_one_alpha_is_warned_about()
    {
        BfiExport(i => $"P{i / 2 + 1},{(i % 2 == 0 ? "mentor" : "mentee")},w1");

        var run = await Score("--json");

        run.ExitCode.ShouldBe(0);
        var warnings = JsonDocument.Parse(run.Output).RootElement.GetProperty("fileWarnings").EnumerateArray().Select(w => w.GetString()).ToList();
        warnings.ShouldContain(w => w!.Contains("mentors and mentees are pooled", StringComparison.Ordinal) && w.Contains("--role mentor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_role_is_not_warned_about()
    {
        BfiExport(i => $"P{i + 1},mentee,w1");

        var run = await Score("--json");

        var warnings = JsonDocument.Parse(run.Output).RootElement.GetProperty("fileWarnings").EnumerateArray().Select(w => w.GetString()).ToList();
        warnings.ShouldNotContain(w => w!.Contains("pooled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_scores_file_carries_role_pair_and_wave_when_the_export_has_them()
    {
        BfiExport(i => $"P{i / 2 + 1},{(i % 2 == 0 ? "mentor" : "mentee")},{(i < 1400 ? "w1" : "w2")}");

        var run = await Score("--out", "scores.csv");

        run.ExitCode.ShouldBe(0);
        var lines = File.ReadAllLines(Path.Combine(folder.Path, "scores.csv"));
        lines[0].ShouldBe("respondent_id,role,pair_id,wave,agreeableness");
        lines[1].ShouldStartWith("R1,mentor,P1,w1,");
        lines[2].ShouldStartWith("R2,mentee,P1,w1,");
        lines[^1].ShouldStartWith("R2800,mentee,P1400,w2,");
    }
}
