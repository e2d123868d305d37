using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Application.Programs;

public abstract record ProgramOutcome
{
    public sealed record Described(ProgramOverview Program) : ProgramOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ProgramOutcome, IRefused;
}

/// <summary>What a program holds: its cohorts with their pairs by status, and the last survey export imported.</summary>
/// <param name="Database">The database, as it may be shown (a server's password left out).</param>
public sealed record ProgramOverview(string Database, IReadOnlyList<CohortOverview> Cohorts, LastImport? LastImport);

/// <summary>A cohort's pairs by status (running, completed, closed early) and when its pairs started.</summary>
public sealed record CohortOverview(string Cohort, int Pairs, int Running, int Completed, int ClosedEarly, DateOnly FirstStart);

/// <summary>The latest survey export stored: its file name, instrument, when, and how many responses it added.</summary>
public sealed record LastImport(string File, string Instrument, DateTimeOffset ImportedAt, int Imported, int Rejected);

/// <summary>The program at a glance (a front end's home): cohorts in the order they started, and the last import.</summary>
public sealed class DescribeProgram(Workspace workspace)
{
    public Task<ProgramOutcome> RunAsync(CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<ProgramOutcome>(workspace, async () =>
        {
            if (workspace.MissingDatabase() is { } missing) return new ProgramOutcome.Refused(missing.Diagnostics);
            await using var db = await workspace.OpenStoreAsync(cancel);
            var roster = await RosterStore.LoadAsync(db, cancel);
            var cohorts = roster.GroupBy(p => p.Cohort)
                .Select(c => new CohortOverview(c.Key, c.Count(), c.Count(p => p.Status == PairStatus.Active), c.Count(p => p.Status == PairStatus.Completed),
                    c.Count(p => p.Status == PairStatus.ClosedEarly), c.Min(p => p.StartDate)))
                .OrderBy(c => c.FirstStart).ThenBy(c => c.Cohort, StringComparer.Ordinal).ToList();
            var last = await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id)
                .Select(b => new LastImport(b.FileName, b.InstrumentVersion!.InstrumentId, b.ImportedAt, b.Imported, b.Rejected))
                .FirstOrDefaultAsync(cancel);
            return new ProgramOutcome.Described(new ProgramOverview(workspace.Store.Display, cohorts, last));
        }, d => new ProgramOutcome.Refused(d));
}

public abstract record DatabaseCheck
{
    /// <summary>The database opened and answered a query.</summary>
    public sealed record Answers(string Database) : DatabaseCheck;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : DatabaseCheck, IRefused;
}

/// <summary>Whether the workspace's database can be opened and answers (a health check).</summary>
public sealed class CheckDatabase(Workspace workspace)
{
    public Task<DatabaseCheck> RunAsync(CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<DatabaseCheck>(workspace, async () =>
        {
            if (workspace.MissingDatabase() is { } missing) return new DatabaseCheck.Refused(missing.Diagnostics);
            await using var db = await workspace.OpenStoreAsync(cancel);
            await db.Pairs.AnyAsync(cancel);
            return new DatabaseCheck.Answers(workspace.Store.Display);
        }, d => new DatabaseCheck.Refused(d));
}
