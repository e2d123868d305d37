using MentorEval.Core.Diagnostics;
using MentorEval.Application.Files;
using MentorEval.Application.Programs;
using MentorEval.Core.Risk;
using MentorEval.Risk.Evaluation;
using MentorEval.Risk.Models;
using MentorEval.Risk.Training;

namespace MentorEval.Application.Risk;

/// <param name="Cohorts">Finished cohorts to learn from; null: every cohort with no active pair.</param>
/// <param name="Model">The model file; null: the database path + .risk-model.zip.</param>
/// <param name="Capacity">The share of pairs to flag, or the recall to reach, that training validates (checked by the front end); null: 0.2.</param>
public sealed record TrainRequest(IReadOnlyList<string>? Cohorts = null, string? Model = null, FlagCapacity? Capacity = null);

public abstract record TrainOutcome
{
    /// <summary>The model beat chance and the rules on held-out cohorts: written with its card.</summary>
    public sealed record Kept(TrainSummary Summary) : TrainOutcome;

    /// <summary>The model learned too little to be trusted: nothing written; the summary says why.</summary>
    public sealed record NotKept(TrainSummary Summary) : TrainOutcome;

    /// <summary>Too little history to learn from yet; the rules keep judging.</summary>
    /// <param name="Closures">Early closures in the chosen cohorts' training rows.</param>
    /// <param name="Needed">Early closures needed to learn from.</param>
    public sealed record InsufficientHistory(int Closures, int Needed, IReadOnlyList<Diagnostic> Diagnostics) : TrainOutcome, IRefused;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : TrainOutcome, IRefused;
}

/// <summary>Learns early closure from finished cohorts (FastTree vs logistic regression, judged on held-out cohorts); keeps the model only if it earns it.</summary>
public sealed class TrainRiskModel(Workspace workspace)
{
    public Task<TrainOutcome> RunAsync(TrainRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<TrainOutcome>(workspace, async () =>
        {
            var policy = RiskPolicy.Of(request.Capacity);
            progress?.Report(new StepProgress("Loading responses"));
            if ((await RiskData.LoadAsync(workspace, cancel)).Failed(out var refusal, out var data)) return Refused(refusal);
            if (data.ModelPath(request.Model).Failed(out refusal, out var path)) return Refused(refusal);
            using var outputs = new OutputFiles(workspace.Guard());
            var (modelFile, cardFile) = RiskData.OpenModelFiles(outputs, path);
            if (outputs.Problem is { } unwritable) return Refused(unwritable);
            if (request.Cohorts?.Select(data.UnknownCohort).FirstOrDefault(r => r is not null) is { } unknown) return Refused(unknown);
            var chosen = request.Cohorts?.ToList() ?? data.FinishedCohorts();
            if (chosen.Count == 0)
                return Refused(new Diagnostic(data.Display, DiagnosticCodes.Risk.NoFinishedCohort, "No finished cohort to learn from (every cohort still has active pairs).")
                {
                    Fix = "Name cohorts with --cohorts, or use 'mentoreval risk predict', which falls back to the rules.",
                });

            progress?.Report(new StepProgress("Training"));
            cancel.ThrowIfCancellationRequested();
            var attempt = data.Train(chosen, policy);
            if (attempt is TrainAttempt.InsufficientHistory few) return new TrainOutcome.InsufficientHistory(few.Closures, few.Needed, [few.Problem]);
            var trained = ((TrainAttempt.Trained)attempt).Model;
            var card = trained.Card;
            var kept = card.Verdict.Kept;
            // A model not kept writes nothing: its temporary files go, and a model already at the path stays as it was.
            if (kept)
            {
                trained.Save(modelFile.Stream, cardFile.Stream);
                if (outputs.MoveIntoPlace() is { } failed) return Refused(failed);
            }

            var names = new RiskFeatureCatalog(data.Builder.Instruments.Where(i => card.InstrumentVersions.ContainsKey(i.Id)).ToList(),
                card.RepeatedInstruments.ToHashSet(StringComparer.Ordinal));
            var summary = new TrainSummary(kept ? path : null, kept ? RiskModel.CardPath(path) : null, kept, card.Verdict.Reason,
                kept ? null : RiskData.Existing(path), card.Trainer, card.Policy.Describe(), card.Threshold,
                card.TrainingCohorts.Select(TrainingCohortFigures.Of).ToList(), card.Features.Count,
                card.Evaluations.Select(EvaluationFigures.Of).ToList(), VerdictFigures.Of(card.Verdict),
                card.Importance.Take(10).Select(i => new NamedImportance(i.Feature, names.DisplayNameOf(i.Feature), i.AucDrop)).ToList())
            {
                BaseRate = data.BaseRate(),
            };
            return kept ? new TrainOutcome.Kept(summary) : new TrainOutcome.NotKept(summary);
        }, d => new TrainOutcome.Refused(d));

    private static TrainOutcome Refused(Refusal refusal) => new TrainOutcome.Refused(refusal.Diagnostics);
}

/// <summary>The flag rule a user chose: a share of pairs to follow up, or a recall to reach.</summary>
internal static class RiskPolicy
{
    /// <summary>The values were checked where they came in (<see cref="FlagCapacity.Parse"/>).</summary>
    public static ThresholdPolicy Of(FlagCapacity? capacity) =>
        capacity?.MinRecall is { } recall ? new ThresholdPolicy(null, recall) : new ThresholdPolicy(capacity?.Share ?? ThresholdPolicy.Default.FlagShare, null);
}
