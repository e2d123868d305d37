using MentorEval.Core.Diagnostics;
using MentorEval.Application.Files;
using MentorEval.Application.Programs;
using MentorEval.Core.Risk;

namespace MentorEval.Application.Risk;

/// <param name="Wave">Predict as if right after this wave closed; null: the cohort's latest wave with responses.</param>
/// <param name="Model">The model file; null: the default path, or the rules when there is no usable model there.</param>
/// <param name="Out">Also write every pair to this CSV.</param>
/// <param name="Capacity">The share of running pairs to flag, or the held-out recall to reach; null: the model card's share (0.2 with the rules).</param>
public sealed record PredictRequest(string Cohort, string? Wave = null, string? Model = null, string? Out = null, FlagCapacity? Capacity = null);

public abstract record PredictOutcome
{
    /// <param name="Written">The CSV written, if one was asked for.</param>
    public sealed record Predicted(PredictResult Result, string? Written) : PredictOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : PredictOutcome, IRefused;
}

/// <summary>Which pairs of a cohort are likely to close early, and why: the model's judgement when a usable one exists, else the rules'.</summary>
public sealed class PredictRisk(Workspace workspace)
{
    public Task<PredictOutcome> RunAsync(PredictRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<PredictOutcome>(workspace, async () =>
        {
            progress?.Report(new StepProgress("Loading responses"));
            if ((await RiskData.LoadAsync(workspace, cancel)).Failed(out var refusal, out var data)) return Refused(refusal);
            using var outputs = new OutputFiles(workspace.Guard(data.ModelInputs(request.Model)));
            var csv = request.Out is { } file ? outputs.Open(workspace.FullPath(file), "the risk list", "--out") : null;
            if (outputs.Problem is { } unwritable) return Refused(unwritable);
            if (data.UnknownCohort(request.Cohort) is { } unknown) return Refused(unknown);
            if (data.Point(request.Cohort, request.Wave).Failed(out refusal, out var point)) return Refused(refusal);
            progress?.Report(new StepProgress("Judging early-closure risk"));
            if (data.Judge(point, request.Model, request.Capacity).Failed(out refusal, out var judged)) return Refused(refusal);
            var ordered = judged.Risks.OrderByDescending(r => r.Flagged).ThenByDescending(r => r.Score).ThenBy(r => r.PairId, StringComparer.Ordinal).ToList();
            var result = new PredictResult(point.Cohort, point.Wave, judged.Method, judged.ModelPath, judged.Note, judged.Flag.Describe(), judged.Flag.Cut,
                ordered.Count, ordered.Count(r => r.Flagged),
                ordered.Select(r => new PairRisk(r.PairId, r.Probability, r.Concern, r.Flagged, r.Method, r.Reasons)).ToList()) { HeldOut = judged.Flag.HeldOutSentence(), AsOf = point.AsOf, BaseRate = data.BaseRate(),
                    Unanswered = UnansweredCheckIn.Of(point, data.Responses, judged.Risks.Select(r => r.PairId)) };
            if (csv is not null)
            {
                RiskListCsv.Write(csv.Stream, result);
                if (outputs.MoveIntoPlace() is { } failed) return Refused(failed);
            }

            return new PredictOutcome.Predicted(result, csv?.Target);
        }, d => new PredictOutcome.Refused(d));

    private static PredictOutcome Refused(Refusal refusal) => new PredictOutcome.Refused(refusal.Diagnostics);
}
