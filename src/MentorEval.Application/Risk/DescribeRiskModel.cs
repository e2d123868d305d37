using MentorEval.Application.Programs;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Risk;
using MentorEval.Risk.Models;

namespace MentorEval.Application.Risk;

public abstract record ModelCardOutcome
{
    /// <summary>A kept model that fits the data: predictions and reports use it; its card as the workbook shows it.</summary>
    /// <param name="FinishedCohorts">The cohorts training would learn from today.</param>
    public sealed record InUse(ModelCard Card, string Model, IReadOnlyList<string> FinishedCohorts, string BaseRate) : ModelCardOutcome;

    /// <summary>No model is used: the transparent rules judge the pairs, for the reason given.</summary>
    public sealed record NoModel(string Why, IReadOnlyList<string> FinishedCohorts, string BaseRate) : ModelCardOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ModelCardOutcome, IRefused;
}

/// <summary>The risk model predictions use now (the file beside the database), with its card; or why the rules judge instead.</summary>
public sealed class DescribeRiskModel(Workspace workspace)
{
    public Task<ModelCardOutcome> RunAsync(CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<ModelCardOutcome>(workspace, async () =>
        {
            if ((await RiskData.LoadAsync(workspace, cancel)).Failed(out var refusal, out var data)) return new ModelCardOutcome.Refused(refusal.Diagnostics);
            var finished = data.FinishedCohorts();
            var baseRate = data.BaseRate();
            ModelCardOutcome NoModel(string why) => new ModelCardOutcome.NoModel(why, finished, baseRate);
            if (data.ModelPath(null).Failed(out _, out var path))
                return NoModel("the database is a server, so there is no file beside it to keep a model in.");
            if (!File.Exists(path))
                return NoModel(finished.Count == 0
                    ? "no cohort has finished yet, so there is no history of early closures to learn from."
                    : $"no model has been kept yet. Training learns from finished cohorts ({string.Join(", ", finished)}) and keeps a model only when they have at least {ClosureRiskRules.MinimumClosuresToLearn} early closures and it beats the rules on cohorts it did not learn from.");
            try
            {
                var model = RiskModel.Load(path);
                var catalog = new RiskFeatureCatalog(data.Builder.Instruments.Where(i => model.Card.InstrumentVersions.ContainsKey(i.Id)).ToList(),
                    model.Card.RepeatedInstruments.ToHashSet(StringComparer.Ordinal));
                if (model.Card.Mismatch(catalog) is { } mismatch) return NoModel($"the model kept at \"{path}\" no longer fits the data: {mismatch}.");
                return new ModelCardOutcome.InUse(model.Card.Describe(catalog, Path.GetFileName(path)), path, finished, baseRate);
            }
            catch (Exception e) when (e is RiskModelMismatchException or FileNotFoundException or System.Text.Json.JsonException)
            {
                return NoModel($"the model at \"{path}\" cannot be used: {e.Message}.");
            }
        }, d => new ModelCardOutcome.Refused(d));
}
