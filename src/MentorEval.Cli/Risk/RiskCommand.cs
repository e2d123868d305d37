using System.CommandLine;
using MentorEval.Cli.App;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Risk.Evaluation;
using MentorEval.Risk.Models;
using MentorEval.Risk.Training;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;

namespace MentorEval.Cli.Risk;

/// <summary>
/// `mentoreval risk train | predict | explain`: learn early closure from finished cohorts, list the pairs at risk now
/// with reasons, and show everything behind one pair's score. Without a model file the documented rules
/// (<see cref="ClosureRiskRules"/>) judge, and every row says so.
/// </summary>
public static class RiskCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("risk", "Pairs likely to close early, with reasons: learned from past cohorts, or transparent rules while there is too little history.");
        command.Subcommands.Add(Train(context));
        command.Subcommands.Add(Predict(context));
        command.Subcommands.Add(Explain(context));
        return command;
    }

    private static Option<string?> ModelOption() =>
        new("--model") { Description = "The model file (default: the database path + .risk-model.zip; its card is the same name with .json)." };

    private static Option<string?> WaveOption() =>
        new("--as-of-wave") { Description = "Predict as if right after this wave closed (default: the cohort's latest wave with responses)." };

    private static Command Train(CliContext context)
    {
        var cohorts = context.Name(new Option<string?>("--cohorts") { Description = "Finished cohorts to learn from, comma-separated (default: every cohort with no active pair)." }, "cohort name", ',');
        var model = ModelOption();
        var json = CliContext.JsonOption();
        var train = new Command("train", "Learn early closure from finished cohorts: FastTree vs logistic regression, judged on held-out cohorts; writes the model and its card.")
            { cohorts, model, json };
        var capacity = new CapacityOptions(train, "0.2; predict and report may choose another each time");
        train.SetAction(async (parsed, cancel) =>
        {
            var policy = Policy(capacity.Read(parsed));
            var data = await RiskData.LoadAsync(context, parsed, cancel);
            var path = data.ModelPath(parsed.GetValue(model));
            using var outputs = new OutputFiles(context.OutputGuard(parsed));
            var (modelFile, cardFile) = RiskData.OpenModelFiles(outputs, path);
            var chosen = parsed.GetValue(cohorts) is { } list
                ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(data.RequireCohort).ToList()
                : data.FinishedCohorts();
            if (chosen.Count == 0)
                throw new UserInputException("No finished cohort to learn from (every cohort still has active pairs). Name cohorts with --cohorts, or use 'mentoreval risk predict', which falls back to the rules.");

            var trained = data.Train(chosen, policy);
            var card = trained.Card;
            var kept = card.Verdict.Kept;
            // A model not kept writes nothing: its temporary files go, and a model already at the path stays as it was.
            if (kept)
            {
                trained.Save(modelFile.Stream, cardFile.Stream);
                outputs.MoveIntoPlace();
            }

            var names = new RiskFeatureCatalog(data.Builder.Instruments.Where(i => card.InstrumentVersions.ContainsKey(i.Id)).ToList(),
                card.RepeatedInstruments.ToHashSet(StringComparer.Ordinal));
            var summary = new TrainSummary(kept ? path : null, kept ? RiskModel.CardPath(path) : null, kept, card.Verdict.Reason,
                kept ? null : RiskData.Existing(path), card.Trainer, card.Policy.Describe(), card.Threshold, card.TrainingCohorts, card.Features.Count,
                card.Evaluations, card.Verdict, card.Importance.Take(10).Select(i => new NamedImportance(i.Feature, names.DisplayNameOf(i.Feature), i.AucDrop)).ToList());
            if (parsed.GetValue(json)) WriteJson(context.Terminal, summary);
            else RiskViews.Render(context.Terminal.Console, summary);
            // A model that learned too little is an expected outcome, not a crash: said above, and exit code 1 for scripts.
            return kept ? ExitCode.Success : ExitCode.InvalidInput;
        });
        return train;
    }

    private static Command Predict(CliContext context)
    {
        var cohort = context.Name(new Option<string>("--cohort") { Description = "The cohort to predict.", Required = true }, "cohort name");
        var wave = context.Name(WaveOption(), "wave name");
        var model = ModelOption();
        var output = new Option<string?>("--out") { Description = "Also write every pair to this CSV (pair_id, probability, flagged, method, reason1, reason2, reason3)." };
        var json = CliContext.JsonOption();
        var predict = new Command("predict", "Which pairs of a cohort are likely to close early, and why (rule-based, and labelled so, when there is no model).")
            { cohort, wave, model, output, json };
        var capacity = new CapacityOptions(predict, "the share chosen at training, or 0.2 with the rules");
        predict.SetAction(async (parsed, cancel) =>
        {
            var asked = capacity.Read(parsed);
            var data = await RiskData.LoadAsync(context, parsed, cancel);
            using var outputs = new OutputFiles(context.OutputGuard(parsed, data.ModelInputs(parsed.GetValue(model))));
            var csv = parsed.GetValue(output) is { } file ? outputs.Open(Path.GetFullPath(file, context.Environment.CurrentDirectory), "the risk list", "--out") : null;
            var point = data.RequirePoint(data.RequireCohort(parsed.GetValue(cohort)!), parsed.GetValue(wave));
            var judged = data.Judge(point, parsed.GetValue(model), asked);
            var ordered = judged.Risks.OrderByDescending(r => r.Flagged).ThenByDescending(r => r.Score).ThenBy(r => r.PairId, StringComparer.Ordinal).ToList();
            var result = new PredictResult(point.Cohort, point.Wave, judged.Method, judged.ModelPath, judged.Note, judged.Flag.Describe(), judged.Flag.Cut,
                ordered.Count, ordered.Count(r => r.Flagged),
                ordered.Select(r => new PairRisk(r.PairId, r.Probability, r.Concern, r.Flagged, r.Method, r.Reasons)).ToList()) { HeldOut = judged.Flag.HeldOutSentence() };
            if (csv is not null)
            {
                CsvOutput.Write(csv.Stream, ["pair_id", "probability", "flagged", "method", "reason1", "reason2", "reason3"],
                    result.Pairs.Select(p => (IReadOnlyList<object?>)[p.PairId, p.Probability, p.Flagged ? "true" : "false", Method(p.Method),
                        p.Reasons.ElementAtOrDefault(0), p.Reasons.ElementAtOrDefault(1), p.Reasons.ElementAtOrDefault(2)]));
                outputs.MoveIntoPlace();
            }

            if (parsed.GetValue(json)) WriteJson(context.Terminal, result);
            else RiskViews.Render(context.Terminal.Console, result);
            return ExitCode.Success;
        });
        return predict;
    }

    private static Command Explain(CliContext context)
    {
        var pair = new Option<string>("--pair") { Description = "The pair to explain.", Required = true };
        var wave = context.Name(WaveOption(), "wave name");
        var model = ModelOption();
        var json = CliContext.JsonOption();
        var explain = new Command("explain", "Everything behind one pair's risk: each feature's value and push, and the reasons.") { pair, wave, model, json };
        explain.SetAction(async (parsed, cancel) =>
        {
            var data = await RiskData.LoadAsync(context, parsed, cancel);
            var id = parsed.GetValue(pair)!;
            var entry = data.Roster.FirstOrDefault(p => p.PairId == id)
                        ?? throw new UserInputException($"No pair \"{id}\" in the roster of {data.Display}. Pair ids look like {string.Join(", ", data.Roster.Take(3).Select(p => p.PairId))}.");
            var point = data.RequirePoint(entry.Cohort, parsed.GetValue(wave));
            var judged = data.Judge(point, parsed.GetValue(model));
            var risk = judged.Risks.FirstOrDefault(r => r.PairId == id)
                       ?? throw new UserInputException($"Pair \"{id}\" was not running after wave \"{point.Wave}\" of cohort {point.Cohort} (it had not started or had already ended). Choose an earlier --as-of-wave.");
            var features = judged.Catalog.Features.Select((f, j) => (f.Name, Value: judged.Pairs.First(p => p.PairId == id).Values[j])).ToList();
            IReadOnlyList<ExplainedFeature> explained = judged.Model?.Explain(judged.Pairs.First(p => p.PairId == id), judged.Catalog) is { } why
                ? why.Features.Select(f => new ExplainedFeature(f.Feature, judged.Catalog.DisplayNameOf(f.Feature), Finite(f.Value), f.Contribution)).ToList()
                : features.Select(f => new ExplainedFeature(f.Name, judged.Catalog.DisplayNameOf(f.Name), Finite(f.Value), null)).ToList();
            var result = new ExplainResult(id, point.Cohort, point.Wave, risk.Method, judged.Note, risk.Probability, risk.Flagged, risk.Reasons, explained);
            if (parsed.GetValue(json)) WriteJson(context.Terminal, result);
            else RiskViews.Render(context.Terminal.Console, result);
            return ExitCode.Success;
        });
        return explain;
    }

    /// <summary>As every --json, but a metric that does not exist (precision with nothing flagged) prints as "NaN" instead of failing.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(Json.Options)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static void WriteJson(Terminal terminal, object value) =>
        terminal.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(value, value.GetType(), JsonOptions));

    internal static string Method(RiskMethod method) => method == RiskMethod.Model ? "model" : "rules";

    private static double? Finite(double value) => double.IsNaN(value) ? null : value;

    private static ThresholdPolicy Policy(FlagCapacity? capacity) =>
        capacity?.MinRecall is { } recall ? new ThresholdPolicy(null, recall) : new ThresholdPolicy(capacity?.Share ?? ThresholdPolicy.Default.FlagShare, null);
}

/// <param name="Model">Where the model was written; null when it was not kept (nothing written).</param>
/// <param name="Existing">When not kept: what became of a model file already at the path (left as it was).</param>
public sealed record TrainSummary(string? Model, string? Card, bool Kept, string Reason, string? Existing, string Chosen, string Policy, double Threshold,
    IReadOnlyList<TrainingCohort> TrainingCohorts, int Features, IReadOnlyList<ModelEvaluation> Evaluations, ModelVerdict Verdict, IReadOnlyList<NamedImportance> TopImportance);

/// <param name="Concern">The rules' concern score (their severities added up), which decides their flags; null for a model.</param>
public sealed record PairRisk(string PairId, double? Probability, int? Concern, bool Flagged, RiskMethod Method, IReadOnlyList<string> Reasons);

/// <param name="FlagRule">The rule that decided the flags, as every view says it.</param>
/// <param name="Cut">The lowest flagged probability (or concern score); null when nothing is flagged.</param>
public sealed record PredictResult(string Cohort, string Wave, RiskMethod Method, string? Model, string? Note, string FlagRule, double? Cut, int Predicted, int Flagged,
    IReadOnlyList<PairRisk> Pairs)
{
    /// <summary>What the chosen share caught on held-out cohorts, in one sentence (<see cref="Core.Risk.FlagRule.HeldOutSentence"/>).</summary>
    public string? HeldOut { get; init; }
}

/// <param name="Feature">The feature's stable id, as the model card records it.</param>
/// <param name="Name">The feature in plain words.</param>
public sealed record ExplainedFeature(string Feature, string Name, double? Value, double? Contribution);

public sealed record ExplainResult(string PairId, string Cohort, string Wave, RiskMethod Method, string? Note, double? Probability, bool Flagged,
    IReadOnlyList<string> Reasons, IReadOnlyList<ExplainedFeature> Features);
