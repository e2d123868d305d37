using MentorEval.Core.Diagnostics;
using MentorEval.Application.Programs;

namespace MentorEval.Application.Risk;

public sealed record ExplainRequest(string PairId, string? Wave = null, string? Model = null);

public abstract record ExplainOutcome
{
    public sealed record Explained(ExplainResult Result) : ExplainOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ExplainOutcome, IRefused;
}

/// <summary>Everything behind one pair's risk: each feature's value and push (with a model), and the reasons.</summary>
public sealed class ExplainRisk(Workspace workspace)
{
    public Task<ExplainOutcome> RunAsync(ExplainRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<ExplainOutcome>(workspace, async () =>
        {
            progress?.Report(new StepProgress("Loading responses"));
            if ((await RiskData.LoadAsync(workspace, cancel)).Failed(out var refusal, out var data)) return Refused(refusal);
            var id = request.PairId;
            var entry = data.Roster.FirstOrDefault(p => p.PairId == id);
            if (entry is null)
                return Refused(new Diagnostic(data.Display, DiagnosticCodes.Program.PairUnknown, $"No pair \"{id}\" in the roster.")
                {
                    Fix = $"Give a pair id of the roster; they look like {string.Join(", ", data.Roster.Take(3).Select(p => p.PairId))}.",
                    Value = id,
                });
            if (data.Point(entry.Cohort, request.Wave).Failed(out refusal, out var point)) return Refused(refusal);
            if (data.Judge(point, request.Model).Failed(out refusal, out var judged)) return Refused(refusal);
            var risk = judged.Risks.FirstOrDefault(r => r.PairId == id);
            if (risk is null)
                return Refused(new Diagnostic(data.Display, DiagnosticCodes.Program.PairNotRunning,
                    $"Pair \"{id}\" was not running after wave \"{point.Wave}\" of cohort {point.Cohort} (it had not started or had already ended).")
                {
                    Fix = "Choose an earlier --as-of-wave.",
                    Value = id,
                });
            var pair = judged.Pairs.First(p => p.PairId == id);
            var features = judged.Catalog.Features.Select((f, j) => (f.Name, Value: pair.Values[j])).ToList();
            IReadOnlyList<ExplainedFeature> explained = judged.Model?.Explain(pair, judged.Catalog) is { } why
                ? why.Features.Select(f => new ExplainedFeature(f.Feature, judged.Catalog.DisplayNameOf(f.Feature), Finite(f.Value), f.Contribution)).ToList()
                : features.Select(f => new ExplainedFeature(f.Name, judged.Catalog.DisplayNameOf(f.Name), Finite(f.Value), null)).ToList();
            return new ExplainOutcome.Explained(new ExplainResult(id, point.Cohort, point.Wave, risk.Method, judged.Note, risk.Probability, risk.Flagged, risk.Reasons, explained));
        }, d => new ExplainOutcome.Refused(d));

    private static ExplainOutcome Refused(Refusal refusal) => new ExplainOutcome.Refused(refusal.Diagnostics);

    private static double? Finite(double value) => double.IsNaN(value) ? null : value;
}
