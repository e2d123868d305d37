using MentorEval.Core.Diagnostics;
using MentorEval.Application.Programs;
using MentorEval.Core.Pairs;
using MentorEval.Import.Roster;
using MentorEval.Storage.Roster;

namespace MentorEval.Application.Roster;

/// <param name="File">The roster CSV (relative to the workspace's folder or absolute).</param>
/// <param name="DryRun">Check the roster and say what would change, without storing anything.</param>
/// <param name="ChangedOn">The day member changes in the file took effect; null: the day of the import.</param>
/// <param name="IdsIgnoreCase">Whether ids ignore case from now on; null keeps the stored setting.</param>
public sealed record RosterRequest(string File, bool DryRun = false, DateOnly? ChangedOn = null, bool? IdsIgnoreCase = null);

public abstract record RosterOutcome
{
    /// <summary>The roster was stored (or, on a dry run, would be): what changed.</summary>
    public sealed record Applied(RosterImported Import) : RosterOutcome;

    /// <summary>Rows of the file have problems: nothing was stored (a roster is all or nothing).</summary>
    public sealed record InvalidRows(string File, IReadOnlyList<Diagnostic> Problems) : RosterOutcome;

    /// <summary>The file reads, but does not fit what is stored (e.g. a pair's members swapped): nothing was stored.</summary>
    public sealed record Conflicts(string File, IReadOnlyList<string> Problems) : RosterOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : RosterOutcome, IRefused;
}

/// <summary>What a roster import did, or would do.</summary>
/// <param name="Database">The database, as it may be shown (a server's password left out).</param>
/// <param name="Pairs">Pairs in the file.</param>
/// <param name="NotLinked">Stored responses naming a pair of the roster but not given by its mentor or mentee in their role: left unlinked.</param>
public sealed record RosterImported(string File, string Database, bool DryRun, int Pairs, IReadOnlyList<PairChange> Changes,
    IReadOnlyList<MemberReplacement> MemberChanges, IReadOnlyList<PairLeftOut> Missing, int NotLinked, bool IdsIgnoreCase);

/// <summary>What a roster import did to one pair: added it, or changed some of its fields (old → new).</summary>
public sealed record PairChange(string PairId, bool Added, IReadOnlyList<PairFieldChange> Changes);

public sealed record PairFieldChange(string Field, string? Before, string? After);

/// <summary>A pair's mentor or mentee replaced: answers of <see cref="Before"/> given from <see cref="Since"/> on are no longer taken.</summary>
public sealed record MemberReplacement(string PairId, Role Role, string Before, string After, DateOnly Since);

/// <summary>A stored pair the file leaves out (kept as it was, with its stored answers).</summary>
public sealed record PairLeftOut(string PairId, string Cohort, int StoredAnswers);

/// <summary>Adds or updates the program's pairs from a roster file; all or nothing.</summary>
public sealed class ImportRoster(Workspace workspace)
{
    public Task<RosterOutcome> RunAsync(RosterRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<RosterOutcome>(workspace, async () =>
        {
            if (workspace.ExistingFile(request.File, "roster file").Failed(out var refusal, out var path)) return new RosterOutcome.Refused(refusal.Diagnostics);
            var options = new RosterUpdateOptions { ChangedOn = request.ChangedOn, IdsIgnoreCase = request.IdsIgnoreCase };
            progress?.Report(new StepProgress("Reading the roster"));
            var roster = RosterReader.Read(path);
            if (!roster.IsValid)
                return new RosterOutcome.InvalidRows(path, roster.Problems);

            await using var db = await workspace.OpenStoreAsync(cancel);
            progress?.Report(new StepProgress("Storing the roster"));
            var update = await RosterStore.UpdateAsync(db, roster.Entries, options, DateTimeOffset.UtcNow, request.DryRun, cancel);
            if (!update.Applied) return new RosterOutcome.Conflicts(path, update.Problems);

            return new RosterOutcome.Applied(new RosterImported(path, workspace.Store.Display, request.DryRun, roster.Entries.Count,
                update.Changes.Select(c => new PairChange(c.PairId, c.Added, c.Changes.Select(f => new PairFieldChange(f.Field, f.Before, f.After)).ToList())).ToList(),
                update.MemberChanges.Select(c => new MemberReplacement(c.PairId, c.Role, c.Before, c.After, c.Since)).ToList(),
                update.Missing.Select(m => new PairLeftOut(m.PairId, m.Cohort, m.StoredAnswers)).ToList(),
                update.NotLinked, update.IdsIgnoreCase));
        }, d => new RosterOutcome.Refused(d));
}
