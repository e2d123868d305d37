using System.Text.Json;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Risk;

/// <summary>`mentoreval risk` on generated programs imported as a program leader would import them.</summary>
public sealed class RiskCommandTests : IClassFixture<RiskCommandTests.ImportedPrograms>
{
    private readonly ImportedPrograms programs;

    public RiskCommandTests(ImportedPrograms programs) => this.programs = programs;

    /// <summary>
    /// "program.db": 300 pairs in four cohorts, the latest still running, trained once with the default model path.
    /// "fresh.db": one cohort of 40 pairs still running, so nothing has closed early yet and there is no model.
    /// </summary>
    public sealed class ImportedPrograms : IAsyncLifetime
    {
        public TemporaryFolder Folder { get; } = new();

        public JsonElement Trained { get; private set; }

        public Task<CliHarness.Run> Run(params string[] args) => CliHarness.RunAsync(Folder.Path, args);

        public async Task InitializeAsync()
        {
            await Import("program", "program.db", "--pairs", "300", "--cohorts", "4", "--seed", "7");
            await Import("fresh", "fresh.db", "--pairs", "40", "--cohorts", "1", "--seed", "3");
            var train = await Run("risk", "train", "--db", "program.db", "--flag-share", "0.3", "--json");
            train.ExitCode.ShouldBe(0, train.Output);
            Trained = JsonDocument.Parse(train.Output).RootElement.Clone();
        }

        private async Task Import(string folder, string db, params string[] options)
        {
            (await Run(["sample", "generate", "--out", folder, .. options])).ExitCode.ShouldBe(0);
            (await Run("roster", "import", $"{folder}/roster.csv", "--db", db)).ExitCode.ShouldBe(0);
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder.Path, folder, "program.json")));
            foreach (var survey in manifest.RootElement.GetProperty("surveys").EnumerateArray())
            {
                var run = await Run("import", $"{folder}/{survey.GetProperty("file").GetString()}", "--instrument", survey.GetProperty("instrument").GetString()!, "--db", db);
                run.ExitCode.ShouldBe(0, run.Output);
            }
        }

        public Task DisposeAsync()
        {
            Folder.Dispose();
            return Task.CompletedTask;
        }
    }

    private const string Latest = "2026-spring";

    private async Task<JsonElement> Json(params string[] args)
    {
        var run = await programs.Run([.. args, "--json"]);
        run.ExitCode.ShouldBe(0, run.Output);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    [Fact]
    public void Train_reports_both_models_on_held_out_cohorts_the_choice_threshold_and_card_beside_the_database()
    {
        var trained = programs.Trained;

        trained.GetProperty("model").GetString().ShouldBe(Path.Combine(programs.Folder.Path, "program.db.risk-model.zip"));
        trained.GetProperty("card").GetString().ShouldBe(Path.Combine(programs.Folder.Path, "program.db.risk-model.json"));
        File.Exists(trained.GetProperty("card").GetString()).ShouldBeTrue();
        var evaluations = trained.GetProperty("evaluations").EnumerateArray().ToList();
        evaluations.Select(e => e.GetProperty("trainer").GetString()).ShouldBe(["fast-tree", "logistic-regression"]);
        evaluations.ShouldAllBe(e => e.GetProperty("scheme").GetString() == "leave-one-cohort-out" && e.GetProperty("rocAuc").GetDouble() > 0.6);
        evaluations.Select(e => e.GetProperty("trainer").GetString()).ShouldContain(trained.GetProperty("chosen").GetString());
        trained.GetProperty("policy").GetString().ShouldBe("flag share 30%");
        trained.GetProperty("trainingCohorts").EnumerateArray().Select(c => c.GetProperty("cohort").GetString()).ShouldNotContain(Latest);
    }

    [Fact]
    public async Task Predict_with_the_model_flags_the_capacity_share_with_reasons_and_writes_the_csv()
    {
        var result = await Json("risk", "predict", "--cohort", Latest, "--as-of-wave", "month-3", "--db", "program.db", "--out", "out/risk.csv");

        result.GetProperty("method").GetString().ShouldBe("model");
        var pairs = result.GetProperty("pairs").EnumerateArray().ToList();
        var flagged = pairs.Where(p => p.GetProperty("flagged").GetBoolean()).ToList();
        // Issue #15: the capacity is rounded up for a model as for the rules (it was rounded down for a model only).
        flagged.Count.ShouldBe((int)Math.Ceiling(0.3 * pairs.Count - 1e-9));
        foreach (var p in flagged)
        {
            p.GetProperty("reasons").GetArrayLength().ShouldBeInRange(1, 3);
            p.GetProperty("probability").GetDouble().ShouldBeInRange(0, 1);
        }

        var lines = File.ReadAllLines(Path.Combine(programs.Folder.Path, "out", "risk.csv"));
        lines[0].ShouldBe("pair_id,probability,flagged,method,reason1,reason2,reason3");
        lines.Length.ShouldBe(pairs.Count + 1);
        lines.Skip(1).ShouldAllBe(l => l.Contains(",model,"));
        lines.Skip(1).Count(l => l.Contains(",true,model,")).ShouldBe(flagged.Count);
    }

    [Fact]
    public async Task Predict_without_a_model_uses_the_rules_and_labels_every_row_so()
    {
        var result = await Json("risk", "predict", "--cohort", "2024-fall", "--db", "fresh.db", "--out", "fresh-risk.csv");

        result.GetProperty("method").GetString().ShouldBe("rules");
        result.GetProperty("note").GetString()!.ShouldStartWith("Rule-based: no model");
        var pairs = result.GetProperty("pairs").EnumerateArray().ToList();
        pairs.Select(p => p.GetProperty("method").GetString()).Distinct().ShouldBe(["rules"]);
        pairs.Count(p => p.TryGetProperty("probability", out var _)).ShouldBe(0);
        pairs.Count(p => p.GetProperty("flagged").GetBoolean()).ShouldBeGreaterThan(0);
        pairs.Where(p => p.GetProperty("flagged").GetBoolean()).ShouldAllBe(p => p.GetProperty("reasons").GetArrayLength() > 0);
        File.ReadAllLines(Path.Combine(programs.Folder.Path, "fresh-risk.csv")).Skip(1).ShouldAllBe(l => l.Contains(",rules,") && !l.Contains(",model,"));

        var train = await programs.Run("risk", "train", "--db", "fresh.db", "--cohorts", "2024-fall");
        train.ExitCode.ShouldBe(1);
        train.Output.ShouldContain("at least 20 are needed");
    }

    [Fact]
    public async Task Explain_lists_every_feature_with_its_contribution_and_the_reasons()
    {
        var predicted = await Json("risk", "predict", "--cohort", Latest, "--db", "program.db");
        var top = predicted.GetProperty("pairs")[0];
        var id = top.GetProperty("pairId").GetString()!;

        var explained = await Json("risk", "explain", "--pair", id, "--db", "program.db");

        explained.GetProperty("method").GetString().ShouldBe("model");
        explained.GetProperty("flagged").GetBoolean().ShouldBeTrue();
        explained.GetProperty("probability").GetDouble().ShouldBe(top.GetProperty("probability").GetDouble(), 1e-6);
        explained.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldBe(top.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        var features = explained.GetProperty("features").EnumerateArray().ToList();
        features.Count.ShouldBe(programs.Trained.GetProperty("features").GetInt32());
        features.Count(f => f.TryGetProperty("contribution", out var _)).ShouldBe(features.Count);
        features.ShouldContain(f => f.GetProperty("feature").GetString() == "relationship-checkin.pair.overall.latest");
    }

    [Fact]
    public async Task A_model_trained_on_other_instrument_versions_is_refused_with_the_reason()
    {
        var card = programs.Trained.GetProperty("card").GetString()!;
        var model = programs.Trained.GetProperty("model").GetString()!;
        var folder = Path.Combine(programs.Folder.Path, "other");
        Directory.CreateDirectory(folder);
        File.Copy(model, Path.Combine(folder, "risk.zip"), overwrite: true);
        File.WriteAllText(Path.Combine(folder, "risk.json"), File.ReadAllText(card).Replace("\"relationship-checkin\": \"1.0.0\"", "\"relationship-checkin\": \"0.9.0\""));

        var run = await programs.Run("risk", "predict", "--cohort", Latest, "--db", "program.db", "--model", "other/risk.zip");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("cannot be used on this data: instrument \"relationship-checkin\" is version 1.0.0 in the data but the model was trained on 0.9.0");
    }

    [Theory]
    [InlineData("risk predict --cohort 2030-fall --db program.db", "No cohort \"2030-fall\"")]
    [InlineData("risk predict --cohort 2026-spring --as-of-wave end --db program.db", "has no responses at wave \"end\"")]
    [InlineData("risk explain --pair P9999 --db program.db", "No pair \"P9999\"")]
    [InlineData("risk predict --cohort 2026-spring --model nowhere.zip --db program.db", "No model at")]
    [InlineData("risk train --flag-share 0.2 --min-recall 0.7 --db program.db", "not both")]
    [InlineData("risk train --cohorts 2030-fall --db program.db", "No cohort \"2030-fall\"")]
    public async Task Mistakes_are_explained(string commandLine, string message)
    {
        var run = await programs.Run(commandLine.Split(' '));

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain(message);
    }
}
