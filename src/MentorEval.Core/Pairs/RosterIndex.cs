using System.Globalization;
using System.Runtime.InteropServices;

namespace MentorEval.Core.Pairs;

/// <summary>
/// Looks up who a respondent is from the roster: their pair and their role in it. A response that names its pair is
/// taken only from that pair's mentor or mentee (or from someone the roster replaced, for an answer given before the
/// change); one that does not name it is matched by respondent id, which must then be unambiguous (a mentor with two
/// mentees needs a pair column). Ids compare as <see cref="ParticipantIds.Normalise"/> makes them, and by
/// <see cref="RosterIdRules"/>; a rejection names the closest roster id.
/// </summary>
public sealed class RosterIndex
{
    // Edit-distance comparisons allowed per import for suggestions over the whole roster: a file of thousands of
    // unknown ids against a roster of hundreds of thousands would otherwise take minutes. Past it, only the suggestions
    // found by lookup (another case, a look-alike letter) are made.
    private const int SuggestionBudget = 2_000_000;

    private readonly RosterIdRules rules;
    private readonly Dictionary<string, RosterPair> byPair;
    private readonly Dictionary<string, List<FormerMember>> formerByPair;

    // Built on first use: files with a pair column never need them, and for a large roster they are the bigger part.
    private Dictionary<string, Memberships>? byParticipant;
    private Dictionary<string, string>? participantsIgnoringCase;
    private Dictionary<string, List<FormerMember>>? formerByParticipant;
    private readonly Dictionary<string, string?> suggestions = new(StringComparer.Ordinal);
    private int suggestionBudget = SuggestionBudget;

    public RosterIndex(IEnumerable<RosterPair> pairs, RosterIdRules? rules = null, IEnumerable<FormerMember>? formerMembers = null)
    {
        this.rules = rules ?? RosterIdRules.Exact;
        byPair = new Dictionary<string, RosterPair>(this.rules.Comparer);
        // A roster import refuses two pair ids that compare equal; one stored before that check keeps its first pair.
        foreach (var pair in pairs) byPair.TryAdd(ParticipantIds.Normalise(pair.PairId), pair);
        formerByPair = new Dictionary<string, List<FormerMember>>(StringComparer.Ordinal);
        foreach (var former in formerMembers ?? [])
        {
            if (!formerByPair.TryGetValue(former.PairId, out var list)) formerByPair[former.PairId] = list = [];
            list.Add(former);
        }
    }

    public bool IsEmpty => byPair.Count == 0;

    public int Count => byPair.Count;

    /// <param name="respondentId">Who answered.</param>
    /// <param name="pairId">The pair the response names, if the file has a pair column.</param>
    /// <param name="role">The role the response, the import options or the instrument state, if any.</param>
    /// <param name="cohort">When set, only pairs of this cohort are accepted.</param>
    /// <param name="submittedOn">The day the answer was given (as the export wrote it), to tell whether someone the roster
    /// replaced was still a member then.</param>
    /// <param name="roleSaidBy">Where <paramref name="role"/> came from, as the end of a sentence ("--role says mentor");
    /// by default the response itself.</param>
    public PairAssignment Assign(string respondentId, string? pairId, Role? role, string? cohort, DateOnly? submittedOn = null, string? roleSaidBy = null)
    {
        if (IsEmpty) return new PairAssignment(pairId, role, null);
        var respondent = new Respondent(respondentId, ParticipantIds.Normalise(respondentId));
        return pairId is null
            ? AssignByRespondent(respondent, role, cohort, submittedOn)
            : AssignToNamedPair(respondent, pairId, role, new RoleClaim(role, roleSaidBy), cohort, submittedOn);
    }

    private PairAssignment AssignToNamedPair(Respondent respondent, string pairId, Role? role, RoleClaim said, string? cohort, DateOnly? submittedOn)
    {
        if (!byPair.TryGetValue(ParticipantIds.Normalise(pairId), out var pair))
            return PairAssignment.Failed($"pair \"{ParticipantIds.Visible(pairId)}\" is not in the roster; import the roster that lists it, or correct the pair id");
        if (cohort is not null && pair.Cohort != cohort)
            return PairAssignment.Failed($"pair \"{pair.PairId}\" belongs to cohort \"{pair.Cohort}\", not \"{cohort}\"");

        if (RoleIn(pair, respondent.Id) is { } rosterRole)
        {
            if (role is not null && rosterRole != role)
                return PairAssignment.Failed($"respondent \"{respondent.Shown}\" is the {RoleText.Name(rosterRole)} of pair \"{pair.PairId}\" in the roster, but {said}");
            return new PairAssignment(pair.PairId, rosterRole, null, respondent.Listed(rosterRole == Role.Mentor ? pair.MentorId : pair.MenteeId));
        }

        var formerly = FormerlyIn(pair.PairId, respondent.Id);
        if (formerly.Count > 0)
        {
            if (formerly.FirstOrDefault(f => WasMemberOn(f, submittedOn)) is not { } then) return PairAssignment.Failed(Replaced(respondent, formerly, submittedOn));
            if (role is not null && then.Role != role)
                return PairAssignment.Failed($"respondent \"{respondent.Shown}\" was the {RoleText.Name(then.Role)} of pair \"{pair.PairId}\" in the roster, but {said}");
            return new PairAssignment(pair.PairId, then.Role, null, respondent.Listed(then.MemberId));
        }

        var problem = $"respondent \"{respondent.Shown}\" is neither the mentor ({pair.MentorId}) nor the mentee ({pair.MenteeId}) of pair \"{pair.PairId}\"";
        var elsewhere = Participants().TryGetValue(respondent.Id, out var memberships) ? memberships.All().ToList() : [];
        if (elsewhere.Count > 0)
        {
            var roles = elsewhere.GroupBy(p => RoleIn(p, respondent.Id)!.Value)
                .Select(g => $"the {RoleText.Name(g.Key)} of pair {string.Join(", ", g.Select(p => p.PairId))}");
            return PairAssignment.Failed($"{problem}; {respondent.Shown} is {string.Join(" and ", roles)}");
        }

        return PairAssignment.Failed(Suggest(respondent.Id, [pair.MentorId, pair.MenteeId]) is { } suggestion
            ? $"{problem}; {suggestion}"
            : $"{problem}; if the export's program ids are in another column, name it with --respondent-column");
    }

    private PairAssignment AssignByRespondent(Respondent respondent, Role? role, string? cohort, DateOnly? submittedOn)
    {
        var participants = Participants();
        var known = participants.TryGetValue(respondent.Id, out var memberships);
        var current = known
            ? memberships.All()
                .Where(p => cohort is null || p.Cohort == cohort)
                .Where(p => role is null || RoleIn(p, respondent.Id) == role)
                .Select(p => (p.PairId, Role: RoleIn(p, respondent.Id)!.Value, MemberId: RoleIn(p, respondent.Id) == Role.Mentor ? p.MentorId : p.MenteeId))
            : [];
        var formerly = FormerParticipants().TryGetValue(respondent.Id, out var former) ? former : [];
        var then = formerly
            .Where(f => WasMemberOn(f, submittedOn))
            .Where(f => cohort is null || byPair.TryGetValue(ParticipantIds.Normalise(f.PairId), out var p) && p.Cohort == cohort)
            .Where(f => role is null || f.Role == role)
            .Select(f => (f.PairId, f.Role, f.MemberId));
        var pairs = current.Concat(then).ToList();
        if (pairs.Count == 1) return new PairAssignment(pairs[0].PairId, pairs[0].Role, null, respondent.Listed(pairs[0].MemberId));
        if (pairs.Count > 1)
            return PairAssignment.Failed($"respondent \"{respondent.Shown}\" is in {pairs.Count} pairs ({string.Join(", ", pairs.Select(p => p.PairId))}); add a pair_id column so each answer names its pair");
        if (known)
            return PairAssignment.Failed($"respondent \"{respondent.Shown}\" has no pair{(cohort is null ? "" : $" in cohort \"{cohort}\"")}{(role is null ? "" : $" as {RoleText.Name(role.Value)}")} in the roster");
        if (formerly.Count > 0) return PairAssignment.Failed(Replaced(respondent, formerly, submittedOn));

        var suggestion = Suggest(respondent.Id, null);
        return PairAssignment.Failed(suggestion is null
            ? $"respondent \"{respondent.Shown}\" is not in the roster; add a pair_id column, import the roster that lists them, or correct the id"
            : $"respondent \"{respondent.Shown}\" is not in the roster; {suggestion} Otherwise add a pair_id column, import the roster that lists them, or correct the id");
    }

    private static bool WasMemberOn(FormerMember member, DateOnly? day) => day is { } d && d >= member.Since && d < member.Until;

    private static string Replaced(Respondent respondent, IReadOnlyList<FormerMember> formerly, DateOnly? submittedOn)
    {
        var last = formerly.MaxBy(f => f.Until)!;
        var role = RoleText.Name(last.Role);
        var when = submittedOn switch
        {
            null => "this answer has no submission date, so it cannot be told whether it was given before the change",
            { } d when d >= last.Until => $"this answer was submitted on {Day(d)}, after the change",
            { } d => $"this answer was submitted on {Day(d)}, before they became its {role} on {Day(last.Since)}",
        };
        return $"respondent \"{respondent.Shown}\" was the {role} of pair \"{last.PairId}\" until {Day(last.Until)}, when the roster changed its {role} to {last.Successor}; {when}";
    }

    /// <summary>"did you mean M0018?" with why the ids differ when that is not plain to see, or null when no roster id is close.</summary>
    /// <param name="candidates">The ids to choose from; null for every participant of the roster.</param>
    private string? Suggest(string respondent, IReadOnlyList<string>? candidates)
    {
        if (candidates is null && suggestions.TryGetValue(respondent, out var known)) return known;
        var suggestion = Suggestion(respondent, candidates);
        if (candidates is null) suggestions[respondent] = suggestion;
        return suggestion;
    }

    private string? Suggestion(string respondent, IReadOnlyList<string>? candidates)
    {
        var lookAlikes = ParticipantIds.LookAlikes(respondent);
        var lookAlikeNote = lookAlikes.Count == 0
            ? null
            : "the id contains a non-Latin look-alike character: " + string.Join("; ", lookAlikes.Select(l =>
                $"'{l.Letter}' U+{(int)l.Letter:X4}, {ParticipantIds.ScriptOf(l.Letter)}, looks like Latin '{l.Latin}'"));
        if (lookAlikes.Count > 0 && Find(ParticipantIds.Skeleton(respondent), candidates, rules.Comparer) is { } meant)
            return $"did you mean {meant}? ({lookAlikeNote})";
        if (!rules.IgnoreCase && Find(respondent, candidates, StringComparer.OrdinalIgnoreCase) is { } cased)
            return $"did you mean {cased}? (ids differ in case; import the roster with --ids-ignore-case if this program's ids ignore case)";

        var closest = Closest(respondent, candidates);
        if (closest is null) return lookAlikeNote is null ? null : $"({lookAlikeNote})";
        return lookAlikeNote is null ? $"did you mean {closest}?" : $"did you mean {closest}? ({lookAlikeNote})";
    }

    private string? Find(string id, IReadOnlyList<string>? candidates, StringComparer comparer)
    {
        if (candidates is not null) return candidates.FirstOrDefault(c => comparer.Equals(ParticipantIds.Normalise(c), id));
        if (comparer == rules.Comparer) return Participants().TryGetValue(id, out var m) ? MemberId(m.First, id) : null;
        participantsIgnoringCase ??= IgnoringCase(Participants());
        return participantsIgnoringCase.GetValueOrDefault(id);
    }

    /// <summary>The candidate fewest edits away (at most a third of the id, and 3), first in roster order on a tie.</summary>
    private string? Closest(string respondent, IReadOnlyList<string>? candidates)
    {
        var limit = Math.Clamp(respondent.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var candidate in candidates ?? Participants().Select(p => MemberId(p.Value.First, p.Key)))
        {
            if (candidates is null && --suggestionBudget < 0) return null;
            var distance = ParticipantIds.Distance(respondent, ParticipantIds.Normalise(candidate), bestDistance - 1);
            if (distance >= bestDistance) continue;
            (best, bestDistance) = (candidate, distance);
            if (distance == 1) break;
        }

        return best;
    }

    private Role? RoleIn(RosterPair pair, string respondent) =>
        rules.Comparer.Equals(ParticipantIds.Normalise(pair.MentorId), respondent) ? Role.Mentor
        : rules.Comparer.Equals(ParticipantIds.Normalise(pair.MenteeId), respondent) ? Role.Mentee
        : null;

    /// <summary>The roster's own spelling of a participant id, from one of their pairs.</summary>
    private string MemberId(RosterPair pair, string respondent) => RoleIn(pair, respondent) == Role.Mentor ? pair.MentorId : pair.MenteeId;

    private List<FormerMember> FormerlyIn(string pairId, string respondent) =>
        formerByPair.TryGetValue(pairId, out var former) ? former.Where(f => rules.Comparer.Equals(ParticipantIds.Normalise(f.MemberId), respondent)).ToList() : [];


    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Dictionary<string, Memberships> Participants()
    {
        if (byParticipant is not null) return byParticipant;
        var index = new Dictionary<string, Memberships>(rules.Comparer);
        void Add(string participant, RosterPair entry)
        {
            ref var memberships = ref CollectionsMarshal.GetValueRefOrAddDefault(index, ParticipantIds.Normalise(participant), out var exists);
            if (!exists) memberships = new Memberships(entry, null);
            else (memberships.Others ??= []).Add(entry);
        }

        foreach (var entry in byPair.Values)
        {
            Add(entry.MentorId, entry);
            if (entry.MenteeId != entry.MentorId) Add(entry.MenteeId, entry);
        }

        return byParticipant = index;
    }

    private Dictionary<string, List<FormerMember>> FormerParticipants()
    {
        if (formerByParticipant is not null) return formerByParticipant;
        var index = new Dictionary<string, List<FormerMember>>(rules.Comparer);
        foreach (var former in formerByPair.Values.SelectMany(f => f))
        {
            var id = ParticipantIds.Normalise(former.MemberId);
            if (!index.TryGetValue(id, out var list)) index[id] = list = [];
            list.Add(former);
        }

        return formerByParticipant = index;
    }

    private Dictionary<string, string> IgnoringCase(Dictionary<string, Memberships> participants)
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, memberships) in participants) index.TryAdd(id, MemberId(memberships.First, id));
        return index;
    }

    /// <summary>Where a stated role came from, as the end of a sentence; made into text only for a rejection.</summary>
    private readonly record struct RoleClaim(Role? Role, string? SaidBy)
    {
        public override string ToString() => SaidBy ?? $"the response says {RoleText.Name(Role!.Value)}";
    }

    /// <summary>A respondent id as the export wrote it and as it compares.</summary>
    private readonly record struct Respondent(string Written, string Id)
    {
        public string Shown => ParticipantIds.Visible(Written);

        /// <summary>The roster's spelling when the export wrote the id otherwise; null when it is the same.</summary>
        public string? Listed(string memberId) => string.Equals(Written, memberId, StringComparison.Ordinal) ? null : memberId;
    }

    /// <summary>The pairs of one participant, in roster order. Most have one, kept without a list.</summary>
    private record struct Memberships(RosterPair First, List<RosterPair>? Others)
    {
        public readonly IEnumerable<RosterPair> All() => Others is null ? [First] : [First, .. Others];
    }
}
