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
            .Select(p => new RosterEntry(p.PairKey, p.Cohort!.Name, p.MentorId, p.MenteeId, p.StartDate, p.PlannedEndDate, p.Status, p.EndDate, p.ClosureReason)
            {
                Attributes = RosterAttributesJson.Read(p.Attributes),
            })
            .ToListAsync(cancel);

    /// <summary>
    /// Every pair as an import checks responses against it, and the stored id of each pair id (what a response links
    /// to). An import loads them before reading a row, and a program can have hundreds of thousands of pairs, so this
    /// reads only those columns (no dates, status or cohort join to convert), once, and shares one string per cohort
    /// and per pair id between the two results. Also the members the roster replaced (few) and how ids compare.
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

        return new StoredRoster(pairs, ids) { FormerMembers = await FormerMembersAsync(db, cancel), IdRules = new RosterIdRules(await IdsIgnoreCaseAsync(db, cancel)) };
    }

    /// <summary>Adds new pairs and updates changed ones in one transaction; with <paramref name="dryRun"/> nothing is kept.</summary>
    public static async Task<IReadOnlyList<RosterChange>> ApplyAsync(MentorEvalDb db, IReadOnlyList<RosterEntry> entries,
        DateTimeOffset now, bool dryRun, CancellationToken cancel = default) =>
        (await UpdateAsync(db, entries, new RosterUpdateOptions(), now, dryRun, cancel)).Changes;

    /// <summary>
    /// Adds new pairs and updates changed ones in one transaction, recording member changes from
    /// <see cref="RosterUpdateOptions.ChangedOn"/> (the replaced member's answers count until then), and reports the
    /// stored pairs the file leaves out (kept as they were: nothing is deleted). With <paramref name="dryRun"/>, or when
    /// the update has a problem, nothing is kept.
    /// </summary>
    public static async Task<RosterUpdate> UpdateAsync(MentorEvalDb db, IReadOnlyList<RosterEntry> entries, RosterUpdateOptions options,
        DateTimeOffset now, bool dryRun, CancellationToken cancel = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        var ignoreCase = options.IdsIgnoreCase ?? await IdsIgnoreCaseAsync(db, cancel);
        var rules = new RosterIdRules(ignoreCase);
        var changedOn = options.ChangedOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        var cohorts = await db.Cohorts.ToDictionaryAsync(c => c.Name, cancel);
        var pairs = await db.Pairs.Include(p => p.Cohort).ToDictionaryAsync(p => p.PairKey, cancel);
        var participants = await db.Participants.ToDictionaryAsync(p => p.ParticipantKey, cancel);
        ParticipantRecord Participant(string key) =>
            participants.TryGetValue(key, out var known)
                ? known
                : participants[key] = db.Participants.Add(new ParticipantRecord { ParticipantKey = key, FirstSeenAt = now }).Entity;
        var changes = new List<RosterChange>();
        var memberChanges = new List<MemberChange>();
        var problems = new List<string>();
        var inFile = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            inFile.Add(entry.PairId);
            if (!cohorts.TryGetValue(entry.Cohort, out var cohort))
                cohorts[entry.Cohort] = cohort = db.Cohorts.Add(new CohortRecord { Name = entry.Cohort }).Entity;

            if (!pairs.TryGetValue(entry.PairId, out var pair))
            {
                pair = db.Pairs.Add(new PairRecord { PairKey = entry.PairId, MentorId = entry.MentorId, MenteeId = entry.MenteeId }).Entity;
                Copy(entry, pair, cohort, Participant, now);
                db.PairMembers.Add(new PairMemberRecord { Pair = pair, Role = Role.Mentor, MemberId = entry.MentorId, Participant = pair.MentorParticipant, Since = entry.StartDate });
                db.PairMembers.Add(new PairMemberRecord { Pair = pair, Role = Role.Mentee, MemberId = entry.MenteeId, Participant = pair.MenteeParticipant, Since = entry.StartDate });
                changes.Add(new RosterChange(entry.PairId, true, []));
                continue;
            }

            var before = pair.ToEntry();
            var differences = Differences(before, entry);
            if (differences.Count == 0) continue;
            Copy(entry, pair, cohort, Participant, now);
            changes.Add(new RosterChange(entry.PairId, false, differences));
            foreach (var (role, was, becomes) in new[] { (Role.Mentor, before.MentorId, entry.MentorId), (Role.Mentee, before.MenteeId, entry.MenteeId) })
            {
                if (rules.Comparer.Equals(ParticipantIds.Normalise(was), ParticipantIds.Normalise(becomes))) continue;
                await ReplaceMemberAsync(db, pair, role, was, Participant(becomes), changedOn, problems, cancel);
                memberChanges.Add(new MemberChange(pair.PairKey, role, was, becomes, changedOn));
            }
        }

        // Every pair, stored or added, as it would be after this import.
        if (ignoreCase) problems.AddRange(IdsEqualIgnoringCase(db.ChangeTracker.Entries<PairRecord>().Select(e => e.Entity)));
        var missing = await MissingAsync(db, pairs.Values.Where(p => !inFile.Contains(p.PairKey)).ToList(), cancel);
        if (problems.Count > 0)
        {
            await transaction.RollbackAsync(cancel);
            db.ChangeTracker.Clear();
            return new RosterUpdate(changes, memberChanges, missing, ignoreCase, problems);
        }

        if (options.IdsIgnoreCase is { } setting) await SetIdsIgnoreCaseAsync(db, setting, cancel);
        await db.SaveChangesAsync(cancel);
        // Responses imported before their pair was on the roster (so never checked against it) named it already: link
        // those given by one of its members in the role they state, as an import would have taken them; the others stay
        // unlinked and are counted. (Column names are quoted: PostgreSQL folds unquoted names to lower case.)
        await db.Database.ExecuteSqlRawAsync(ignoreCase ? LinkMembersIgnoringCase : LinkMembers, cancel);
        var notLinked = await db.Responses.CountAsync(r => r.PairRowId == null && r.PairKey != "" && db.Pairs.Any(p => p.PairKey == r.PairKey), cancel);
        if (dryRun) await transaction.RollbackAsync(cancel);
        else await transaction.CommitAsync(cancel);
        db.ChangeTracker.Clear();
        return new RosterUpdate(changes, memberChanges, missing, ignoreCase, []) { NotLinked = notLinked };
    }

    /// <summary>Ends the membership of the pair's <paramref name="role"/> on <paramref name="changedOn"/> and starts the new member's.</summary>
    private static async Task ReplaceMemberAsync(MentorEvalDb db, PairRecord pair, Role role, string was, ParticipantRecord member, DateOnly changedOn,
        List<string> problems, CancellationToken cancel)
    {
        var current = await db.PairMembers.Where(m => m.PairRowId == pair.Id && m.Role == role && m.Until == null).OrderByDescending(m => m.Id).FirstOrDefaultAsync(cancel);
        var since = current?.Since ?? pair.StartDate;
        if (changedOn < since)
        {
            problems.Add($"--changed-on {Day(changedOn)} is before {was} became the {RoleText.Name(role)} of pair {pair.PairKey} ({Day(since)}); " +
                         $"give the day the new {RoleText.Name(role)} took over, on or after {Day(since)}");
            return;
        }

        if (current is null)
        {
            // A pair stored without its membership rows: its former member counts from the pair's start.
            db.PairMembers.Add(new PairMemberRecord { PairRowId = pair.Id, Role = role, MemberId = was, ParticipantId = await ParticipantIdAsync(db, was, cancel), Since = since, Until = changedOn });
        }
        else
        {
            current.Until = changedOn;
        }

        db.PairMembers.Add(new PairMemberRecord { PairRowId = pair.Id, Role = role, MemberId = member.ParticipantKey, Participant = member, Since = changedOn });
    }

    private static async Task<int> ParticipantIdAsync(MentorEvalDb db, string key, CancellationToken cancel) =>
        await db.Participants.Where(p => p.ParticipantKey == key).Select(p => p.Id).SingleAsync(cancel);

    /// <summary>Ids that would be one person (or one pair) once case is ignored, though the roster spells them differently.</summary>
    private static IEnumerable<string> IdsEqualIgnoringCase(IEnumerable<PairRecord> pairs)
    {
        var participants = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var pairIds = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        static void Add(Dictionary<string, HashSet<string>> index, string id)
        {
            var key = ParticipantIds.Normalise(id);
            if (!index.TryGetValue(key, out var spellings)) index[key] = spellings = new HashSet<string>(StringComparer.Ordinal);
            spellings.Add(id);
        }

        foreach (var pair in pairs)
        {
            Add(pairIds, pair.PairKey);
            Add(participants, pair.MentorId);
            Add(participants, pair.MenteeId);
        }

        foreach (var (kind, index) in new[] { ("participant", participants), ("pair", pairIds) })
        {
            foreach (var spellings in index.Values.Where(s => s.Count > 1))
            {
                yield return $"the {kind} ids {string.Join(" and ", spellings.Order(StringComparer.Ordinal).Select(s => $"\"{ParticipantIds.Visible(s)}\""))} " +
                             "would be the same once case is ignored; spell them one way in the roster, or import it without --ids-ignore-case";
            }
        }
    }

    private static async Task<List<MissingPair>> MissingAsync(MentorEvalDb db, List<PairRecord> missing, CancellationToken cancel)
    {
        if (missing.Count == 0) return [];
        var answers = await db.Responses.Where(r => r.PairRowId != null).GroupBy(r => r.PairRowId!.Value)
            .Select(g => new { Pair = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Pair, g => g.Count, cancel);
        return missing.OrderBy(p => p.Id).Select(p => new MissingPair(p.PairKey, p.Cohort?.Name ?? "", answers.GetValueOrDefault(p.Id))).ToList();
    }

    /// <summary>The members the roster replaced, each with the one who took over from them.</summary>
    private static async Task<IReadOnlyList<FormerMember>> FormerMembersAsync(MentorEvalDb db, CancellationToken cancel)
    {
        var changed = await db.PairMembers.AsNoTracking().Where(m => m.Until != null).Select(m => m.PairRowId).Distinct().ToListAsync(cancel);
        if (changed.Count == 0) return [];
        var rows = await db.PairMembers.AsNoTracking().Where(m => changed.Contains(m.PairRowId)).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.PairRowId, PairKey = m.Pair!.PairKey, m.Role, m.MemberId, m.Since, m.Until }).ToListAsync(cancel);
        return rows.Where(r => r.Until is not null)
            .Select(r => new FormerMember(r.PairKey, r.Role, r.MemberId, r.Since, r.Until!.Value,
                rows.FirstOrDefault(n => n.PairRowId == r.PairRowId && n.Role == r.Role && n.Id > r.Id)?.MemberId ?? ""))
            .ToList();
    }

    private const string LinkMembers = """
        UPDATE responses SET "PairId" = (SELECT p."Id" FROM pairs p WHERE p."PairKey" = responses."PairKey")
        WHERE "PairId" IS NULL AND "PairKey" <> '' AND EXISTS (
            SELECT 1 FROM pairs p JOIN pair_members m ON m."PairId" = p."Id"
            WHERE p."PairKey" = responses."PairKey" AND m."MemberId" = responses."RespondentId" AND m."Role" = responses."Role")
        """;

    private const string LinkMembersIgnoringCase = """
        UPDATE responses SET "PairId" = (SELECT p."Id" FROM pairs p WHERE p."PairKey" = responses."PairKey")
        WHERE "PairId" IS NULL AND "PairKey" <> '' AND EXISTS (
            SELECT 1 FROM pairs p JOIN pair_members m ON m."PairId" = p."Id"
            WHERE p."PairKey" = responses."PairKey" AND LOWER(m."MemberId") = LOWER(responses."RespondentId") AND m."Role" = responses."Role")
        """;

    private const string IdsIgnoreCaseSetting = "participant_ids_ignore_case";

    private static async Task<bool> IdsIgnoreCaseAsync(MentorEvalDb db, CancellationToken cancel) =>
        await db.Settings.AsNoTracking().Where(s => s.Name == IdsIgnoreCaseSetting).Select(s => s.Value).FirstOrDefaultAsync(cancel) == "true";

    private static async Task SetIdsIgnoreCaseAsync(MentorEvalDb db, bool ignoreCase, CancellationToken cancel)
    {
        var value = ignoreCase ? "true" : "false";
        var setting = await db.Settings.FindAsync([IdsIgnoreCaseSetting], cancel);
        if (setting is null) db.Settings.Add(new SettingRecord { Name = IdsIgnoreCaseSetting, Value = value });
        else setting.Value = value;
    }


    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
        pair.Attributes = RosterAttributesJson.Write(entry.Attributes);
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
        // A column the new roster drops, or adds, changes from or to nothing.
        foreach (var name in before.Attributes.Names.Union(after.Attributes.Names, StringComparer.Ordinal))
            Compare(name, before.Attributes[name], after.Attributes[name]);
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
