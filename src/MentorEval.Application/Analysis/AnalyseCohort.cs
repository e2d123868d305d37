using MentorEval.Core.Diagnostics;
using MentorEval.Application.Programs;
using MentorEval.Core.Analysis;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;

namespace MentorEval.Application.Analysis;

/// <param name="Wave">The wave for change, comparisons and dyads; null: each instrument's latest for the cohort.</param>
/// <param name="CompareWave">The earlier wave to measure change from; null: each instrument's first for the cohort.</param>
/// <param name="Instrument">Only this instrument.</param>
/// <param name="MinimumCell">Withhold statistics of groups smaller than this (checked by the front end: 1 or more).</param>
public sealed record CohortAnalysisRequest(string Cohort, string? Wave = null, string? CompareWave = null, string? Instrument = null, int MinimumCell = 5);

public abstract record AnalysisOutcome
{
    public sealed record Analysed(CohortReport Report) : AnalysisOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : AnalysisOutcome, IRefused;
}

/// <summary>Scale summaries by wave and role, response rates, change, cohort comparisons and mentor–mentee agreement from stored responses.</summary>
public sealed class AnalyseCohort(Workspace workspace)
{
    public Task<AnalysisOutcome> RunAsync(CohortAnalysisRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<AnalysisOutcome>(workspace, async () =>
        {
            progress?.Report(new StepProgress("Loading responses"));
            if (workspace.MissingDatabase() is { } missing) return new AnalysisOutcome.Refused(missing.Diagnostics);
            await using var db = await workspace.OpenStoreAsync(cancel);
            var roster = await RosterStore.LoadAsync(db, cancel);
            var name = request.Cohort;
            if (ProgramRefusals.UnknownCohort(roster, name, workspace.Store.Display) is { } unknown) return new AnalysisOutcome.Refused(unknown.Diagnostics);

            var instruments = (await ResponseStore.LoadAsync(db, cancel))
                .Where(i => request.Instrument is not { } only || i.Instrument.Id == only).ToList();
            var waves = CohortAnalysis.WaveOrder(instruments.SelectMany(i => i.Responses).Where(r => r.Cohort == name));
            foreach (var given in new[] { request.Wave, request.CompareWave })
            {
                if (given is not null && !waves.Contains(given))
                    return new AnalysisOutcome.Refused(ProgramRefusals.UnknownWave(workspace.Store.Display, name, given, waves).Diagnostics);
            }

            progress?.Report(new StepProgress("Analysing"));
            return new AnalysisOutcome.Analysed(CohortAnalysis.Run(new AnalysisRequest(name, roster, instruments, request.Wave, request.CompareWave, request.MinimumCell)));
        }, d => new AnalysisOutcome.Refused(d));
}
