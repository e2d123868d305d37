using System.CommandLine;
using MentorEval.Application;
using MentorEval.Application.Risk;
using MentorEval.Cli.App;
using MentorEval.Core.Risk;

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
        CommonOptions.Model("The model file (default: the database path + .risk-model.zip; its card is the same name with .json).");

    private static Option<string?> WaveOption() =>
        new("--as-of-wave") { Description = "Predict as if right after this wave closed (default: the cohort's latest wave with responses)." };

    private static Command Train(CliContext context)
    {
        var cohorts = context.Name(new Option<string?>("--cohorts") { Description = "Finished cohorts to learn from, comma-separated (default: every cohort with no active pair)." }, "cohort name", ',');
        var model = ModelOption();
        var json = CommonOptions.Json();
        var train = new Command("train", "Learn early closure from finished cohorts: FastTree vs logistic regression, judged on held-out cohorts; writes the model and its card.")
            { cohorts, model, json };
        var capacity = CommonOptions.Capacity(context, train, "0.2; predict and report may choose another each time");
        train.SetAction(async (parsed, cancel) =>
        {
            var request = new TrainRequest(
                parsed.GetValue(cohorts)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                parsed.GetValue(model), capacity.Read(parsed));
            var outcome = await new TrainRiskModel(context.Workspace(parsed)).RunAsync(request, null, cancel);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var (summary, kept) = outcome switch
            {
                TrainOutcome.Kept k => (k.Summary, true),
                TrainOutcome.NotKept n => (n.Summary, false),
                _ => throw new InvalidOperationException($"Unknown training outcome {outcome.GetType().Name}."),
            };
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
        var json = CommonOptions.Json();
        var predict = new Command("predict", "Which pairs of a cohort are likely to close early, and why (rule-based, and labelled so, when there is no model).")
            { cohort, wave, model, output, json };
        var capacity = CommonOptions.Capacity(context, predict, "the share chosen at training, or 0.2 with the rules");
        predict.SetAction(async (parsed, cancel) =>
        {
            var request = new PredictRequest(parsed.GetValue(cohort)!, parsed.GetValue(wave), parsed.GetValue(model), parsed.GetValue(output), capacity.Read(parsed));
            var outcome = await new PredictRisk(context.Workspace(parsed)).RunAsync(request, null, cancel);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var result = ((PredictOutcome.Predicted)outcome).Result;
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
        var json = CommonOptions.Json();
        var explain = new Command("explain", "Everything behind one pair's risk: each feature's value and push, and the reasons.") { pair, wave, model, json };
        explain.SetAction(async (parsed, cancel) =>
        {
            var request = new ExplainRequest(parsed.GetValue(pair)!, parsed.GetValue(wave), parsed.GetValue(model));
            var outcome = await new ExplainRisk(context.Workspace(parsed)).RunAsync(request, null, cancel);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var result = ((ExplainOutcome.Explained)outcome).Result;
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
}
