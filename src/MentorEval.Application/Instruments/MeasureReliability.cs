using MentorEval.Application.Programs;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Reliability;
using MentorEval.Reporting.Content;
using MentorEval.Storage.Responses;

namespace MentorEval.Application.Instruments;

/// <param name="Instrument">The instrument id, e.g. mca-26.</param>
/// <param name="MinimumCell">Withhold the figures of administrations with fewer respondents than this, as the report does.</param>
public sealed record ReliabilityRequest(string Instrument, int MinimumCell = 5);

public abstract record ReliabilityOutcome
{
    /// <summary>Every scale's reliability in every cohort, wave and role that answered the instrument (small groups withheld).</summary>
    public sealed record Measured(string Instrument, int MinimumCell, IReadOnlyList<CohortReliability> Rows) : ReliabilityOutcome;

    /// <summary>The program has no stored responses to this instrument.</summary>
    public sealed record NoResponses(string Instrument) : ReliabilityOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ReliabilityOutcome, IRefused;
}

/// <summary>
/// One row of a cohort's Reliability sheet: a scale in one administration (wave × role). <see cref="Reliability"/> is
/// null when fewer people than the minimum answered (withheld).
/// </summary>
public sealed record CohortReliability(string Cohort, string Instrument, string Scale, string ScaleTitle, string Wave, Role Role, int Respondents,
    ScaleReliability? Reliability)
{
    internal static CohortReliability Of(string cohort, ReliabilityRow row) =>
        new(cohort, row.Instrument, row.Scale, row.ScaleTitle, row.Wave, row.Role, row.Respondents, row.Reliability);
}

/// <summary>
/// This program's reliability of an instrument's scales from its stored responses: for each cohort the rows its report's
/// Reliability sheet has (the same code), so a page and the workbook can never disagree.
/// </summary>
public sealed class MeasureReliability(Workspace workspace)
{
    public Task<ReliabilityOutcome> RunAsync(ReliabilityRequest request, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<ReliabilityOutcome>(workspace, async () =>
        {
            if (workspace.MissingDatabase() is { } missing) return new ReliabilityOutcome.Refused(missing.Diagnostics);
            await using var db = await workspace.OpenStoreAsync(cancel);
            var instruments = await ResponseStore.LoadAsync(db, cancel);
            var cohorts = instruments.Where(i => i.Instrument.Id == request.Instrument)
                .SelectMany(i => i.Responses).Select(r => r.Cohort).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            if (cohorts.Count == 0) return new ReliabilityOutcome.NoResponses(request.Instrument);
            // Every instrument goes in, as in the report, so the waves come in the report's order.
            var rows = cohorts.SelectMany(cohort => CohortReportBuilder.ReliabilityOf(cohort, instruments, request.MinimumCell)
                .Where(r => r.Instrument == request.Instrument).Select(r => CohortReliability.Of(cohort, r))).ToList();
            return new ReliabilityOutcome.Measured(request.Instrument, request.MinimumCell, rows);
        }, d => new ReliabilityOutcome.Refused(d));
}
