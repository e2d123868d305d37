using System.Globalization;
using MentorEval.Core.Pairs;
using MentorEval.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Roster;

/// <summary>Reads and updates the stored roster. Re-importing a roster updates changed pairs and says what changed.</summary>
public static class RosterStore
{
    public static async Task<IReadOnlyList<RosterEntry>> LoadAsync(MentorEvalDb db, CancellationToken cancel = default) =>
        await db.Pairs.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new RosterEntry(p.PairKey, p.Cohort!.Name, p.MentorId, p.MenteeId, p.StartDate, p.PlannedEndDate, p.Status, p.EndDate, p.ClosureReason))
            .ToListAsync(cancel);

    /// <summary>
    /// Every pair as an import checks responses against it, and the stored id of each pair id (what a response links
    /// to). An import loads them before reading a row, and a program can have hundreds of thousands of pairs, so this
    /// reads only those columns (no dates, status or cohort join to convert), once, and shares one string per cohort
    /// and per pair id between the two results.
    /// </summary>
    public static async Task<StoredRoster> LoadPairsAsync(MentorEvalDb db, CancellationToken cancel = default)
    {
        var cohorts = await db.Cohorts.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancel);
        // Sized up front: growing a dictionary of half a million pairs holds its old and new tables at once.
        var count = await db.Pairs.CountAsync(cancel);
        var pairs = new List<RosterPair>(count);
        var ids = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var query = db.Pairs.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.PairKey, p.CohortId, p.MentorId, p.MenteeId });
        await foreach (var p in query.AsAsyncEnumerable().WithCancellation(cancel))
        {
            pairs.Add(new RosterPair(p.PairKey, cohorts[p.CohortId], p.MentorId, p.MenteeId));
            ids[p.PairKey] = p.Id;
        }

        return new StoredRoster(pairs, ids);
    }

    /// <summary>Adds new pairs and updates changed ones in one transaction; with <paramref name="dryRun"/> nothing is kept.</summary>
    public static async Task<IReadOnlyList<RosterChange>> ApplyAsync(MentorEvalDb db, IReadOnlyList<RosterEntry> entries,
        DateTimeOffset now, bool dryRun, CancellationToken cancel = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        var cohorts = await db.Cohorts.ToDictionaryAsync(c => c.Name, cancel);
        var pairs = await db.Pairs.Include(p => p.Cohort).ToDictionaryAsync(p => p.PairKey, cancel);
        var participants = await db.Participants.ToDictionaryAsync(p => p.ParticipantKey, cancel);
        ParticipantRecord Participant(string key) =>
            participants.TryGetValue(key, out var known)
                ? known
                : participants[key] = db.Participants.Add(new ParticipantRecord { ParticipantKey = key, FirstSeenAt = now }).Entity;
        var changes = new List<RosterChange>();
        foreach (var entry in entries)
        {
            if (!cohorts.TryGetValue(entry.Cohort, out var cohort))
                cohorts[entry.Cohort] = cohort = db.Cohorts.Add(new CohortRecord { Name = entry.Cohort }).Entity;

            if (!pairs.TryGetValue(entry.PairId, out var pair))
            {
                pair = db.Pairs.Add(new PairRecord { PairKey = entry.PairId, MentorId = entry.MentorId, MenteeId = entry.MenteeId }).Entity;
                Copy(entry, pair, cohort, Participant, now);
                changes.Add(new RosterChange(entry.PairId, true, []));
                continue;
            }

            var differences = Differences(pair.ToEntry(), entry);
            if (differences.Count == 0) continue;
            Copy(entry, pair, cohort, Participant, now);
            changes.Add(new RosterChange(entry.PairId, false, differences));
        }

        await db.SaveChangesAsync(cancel);
        // Responses imported before their pair was on the roster named it already: link them now. (Column names are
        // quoted: PostgreSQL folds unquoted names to lower case; SQLite accepts either.)
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE responses SET "PairId" = (SELECT p."Id" FROM pairs p WHERE p."PairKey" = responses."PairKey")
            WHERE "PairId" IS NULL AND "PairKey" <> '' AND EXISTS (SELECT 1 FROM pairs p WHERE p."PairKey" = responses."PairKey")
            """, cancel);
        if (dryRun) await transaction.RollbackAsync(cancel);
        else await transaction.CommitAsync(cancel);
        db.ChangeTracker.Clear();
        return changes;
    }

    private static void Copy(RosterEntry entry, PairRecord pair, CohortRecord cohort, Func<string, ParticipantRecord> participant, DateTimeOffset now)
    {
        pair.Cohort = cohort;
        pair.MentorId = entry.MentorId;
        pair.MenteeId = entry.MenteeId;
        pair.MentorParticipant = participant(entry.MentorId);
        pair.MenteeParticipant = participant(entry.MenteeId);
        pair.StartDate = entry.StartDate;
        pair.PlannedEndDate = entry.PlannedEndDate;
        pair.Status = entry.Status;
        pair.EndDate = entry.EndDate;
        pair.ClosureReason = entry.ClosureReason;
        pair.UpdatedAt = now;
    }

    private static List<FieldChange> Differences(RosterEntry before, RosterEntry after)
    {
        var changes = new List<FieldChange>();
        void Compare(string field, object? a, object? b)
        {
            var x = Text(a);
            var y = Text(b);
            if (x != y) changes.Add(new FieldChange(field, x, y));
        }

        Compare("cohort", before.Cohort, after.Cohort);
        Compare("mentor_id", before.MentorId, after.MentorId);
        Compare("mentee_id", before.MenteeId, after.MenteeId);
        Compare("start_date", before.StartDate, after.StartDate);
        Compare("planned_end_date", before.PlannedEndDate, after.PlannedEndDate);
        Compare("status", before.Status, after.Status);
        Compare("end_date", before.EndDate, after.EndDate);
        Compare("closure_reason", before.ClosureReason, after.ClosureReason);
        return changes;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PairStatus s => PairStatusText.Format(s),
        _ => value.ToString(),
    };
}
