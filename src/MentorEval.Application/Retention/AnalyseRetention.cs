using MentorEval.Core.Diagnostics;
using MentorEval.Application.Programs;
using MentorEval.Core.Retention;

namespace MentorEval.Application.Retention;

/// <param name="AnalysisDate">Pairs still running are censored at this date.</param>
/// <param name="Cohort">Only this cohort's pairs; null: every cohort, compared.</param>
/// <param name="By">Group and compare pairs by this roster attribute (<see cref="RetentionGrouping"/>: cohort, planned-months, start-year or a column of the roster); null: cohort.</param>
/// <param name="ReasonsFile">The closure-reasons table; null: the program's own or the shipped one (<see cref="RetentionData.ReasonsFile"/>).</param>
public sealed record RetentionAnalysisRequest(DateOnly AnalysisDate, string? Cohort = null, string? By = null, string? ReasonsFile = null);

public abstract record RetentionOutcome
{
    public sealed record Analysed(RetentionReport Report) : RetentionOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : RetentionOutcome, IRefused;
}

/// <summary>How long a program's pairs last, how many close early and why (docs/retention.md).</summary>
public sealed class AnalyseRetention(Workspace workspace)
{
    public Task<RetentionOutcome> RunAsync(RetentionAnalysisRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<RetentionOutcome>(workspace, async () =>
        {
            progress?.Report(new StepProgress("Reading the roster"));
            if (workspace.MissingDatabase() is { } missing) return new RetentionOutcome.Refused(missing.Diagnostics);
            await using var db = await workspace.OpenStoreAsync(cancel);
            var reasonsFile = RetentionData.ReasonsFile(request.ReasonsFile, workspace.CurrentDirectory);
            if (reasonsFile is not null && workspace.ExistingFile(reasonsFile, "closure-reasons table").Failed(out var absent, out _))
                return new RetentionOutcome.Refused(absent.Diagnostics);
            var loaded = await RetentionData.LoadAsync(db, workspace.Store.Display, request.AnalysisDate, request.Cohort, request.By, reasonsFile, cancel);
            if (loaded.Failed(out var refusal, out var analysis)) return new RetentionOutcome.Refused(refusal.Diagnostics);
            progress?.Report(new StepProgress("Analysing retention"));
            return new RetentionOutcome.Analysed(RetentionAnalysis.Analyse(analysis));
        }, d => new RetentionOutcome.Refused(d));
}
