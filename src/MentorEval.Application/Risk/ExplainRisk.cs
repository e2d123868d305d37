using MentorEval.Application.Programs;

namespace MentorEval.Application.Risk;

public sealed record ExplainRequest(string PairId, string? Wave = null, string? Model = null);

public abstract record ExplainOutcome
{
    public sealed record Explained(ExplainResult Result) : ExplainOutcome;

    public sealed record Refused(string Message) : ExplainOutcome, IRefused;
}

/// <summary>Everything behind one pair's risk: each feature's value and push (with a model), and the reasons.</summary>
public sealed class ExplainRisk(Workspace workspace)
{
    public Task<ExplainOutcome> RunAsync(ExplainRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.CatchAsync<ExplainOutcome>(async () =>
        {
            progress?.Report(new StepProgress("Loading responses"));
            var data = await RiskData.LoadAsync(workspace, cancel);
            var id = request.PairId;
            var entry = data.Roster.FirstOrDefault(p => p.PairId == id);
            if (entry is null)
                return new ExplainOutcome.Refused($"No pair \"{id}\" in the roster of {data.Display}. Pair ids look like {string.Join(", ", data.Roster.Take(3).Select(p => p.PairId))}.");
            var point = data.RequirePoint(entry.Cohort, request.Wave);
            var judged = data.Judge(point, request.Model);
            var risk = judged.Risks.FirstOrDefault(r => r.PairId == id);
            if (risk is null)
                return new ExplainOutcome.Refused($"Pair \"{id}\" was not running after wave \"{point.Wave}\" of cohort {point.Cohort} (it had not started or had already ended). Choose an earlier --as-of-wave.");
            var pair = judged.Pairs.First(p => p.PairId == id);
            var features = judged.Catalog.Features.Select((f, j) => (f.Name, Value: pair.Values[j])).ToList();
            IReadOnlyList<ExplainedFeature> explained = judged.Model?.Explain(pair, judged.Catalog) is { } why
                ? why.Features.Select(f => new ExplainedFeature(f.Feature, judged.Catalog.DisplayNameOf(f.Feature), Finite(f.Value), f.Contribution)).ToList()
                : features.Select(f => new ExplainedFeature(f.Name, judged.Catalog.DisplayNameOf(f.Name), Finite(f.Value), null)).ToList();
            return new ExplainOutcome.Explained(new ExplainResult(id, point.Cohort, point.Wave, risk.Method, judged.Note, risk.Probability, risk.Flagged, risk.Reasons, explained));
        }, message => new ExplainOutcome.Refused(message));

    private static double? Finite(double value) => double.IsNaN(value) ? null : value;
}
