using System.Runtime.InteropServices;

namespace MentorEval.Core.Pairs;

/// <summary>
/// Looks up who a respondent is from the roster: their pair and their role in it. A response that names its
/// pair is checked against the roster; one that does not is matched by respondent id, which must then be
/// unambiguous (a mentor with two mentees needs a pair column).
/// </summary>
public sealed class RosterIndex
{
    private readonly Dictionary<string, RosterPair> byPair;

    // Built on first use: files with a pair column never need it, and for a large roster it is the bigger of the two.
    private Dictionary<string, Memberships>? byParticipant;

    public RosterIndex(IEnumerable<RosterPair> pairs)
    {
        byPair = pairs.ToDictionary(e => e.PairId, StringComparer.Ordinal);
    }

    public bool IsEmpty => byPair.Count == 0;

    public int Count => byPair.Count;

    /// <param name="respondentId">Who answered.</param>
    /// <param name="pairId">The pair the response names, if the file has a pair column.</param>
    /// <param name="role">The role the response or the import options state, if any.</param>
    /// <param name="cohort">When set, only pairs of this cohort are accepted.</param>
    public PairAssignment Assign(string respondentId, string? pairId, Role? role, string? cohort)
    {
        if (IsEmpty) return new PairAssignment(pairId, role, null);
        return pairId is null ? AssignByRespondent(respondentId, role, cohort) : AssignToNamedPair(respondentId, pairId, role, cohort);
    }

    private PairAssignment AssignToNamedPair(string respondentId, string pairId, Role? role, string? cohort)
    {
        if (!byPair.TryGetValue(pairId, out var pair))
            return PairAssignment.Failed($"pair \"{pairId}\" is not in the roster; import the roster that lists it, or correct the pair id");
        if (cohort is not null && pair.Cohort != cohort)
            return PairAssignment.Failed($"pair \"{pairId}\" belongs to cohort \"{pair.Cohort}\", not \"{cohort}\"");

        var rosterRole = RoleIn(pair, respondentId);
        if (rosterRole is not null && role is not null && rosterRole != role)
            return PairAssignment.Failed($"respondent \"{respondentId}\" is the {Name(rosterRole.Value)} of pair \"{pairId}\" in the roster, but the response says {Name(role.Value)}");
        if (rosterRole is null && role is null)
            return PairAssignment.Failed($"respondent \"{respondentId}\" is neither the mentor nor the mentee of pair \"{pairId}\" in the roster, so their role is unknown; add a role column or use --role");
        return new PairAssignment(pairId, rosterRole ?? role, null);
    }

    private PairAssignment AssignByRespondent(string respondentId, Role? role, string? cohort)
    {
        var participants = byParticipant ??= ByParticipant(byPair.Values);
        var pairs = participants.TryGetValue(respondentId, out var memberships)
            ? memberships.All()
                .Where(p => cohort is null || p.Cohort == cohort)
                .Where(p => role is null || RoleIn(p, respondentId) == role)
                .ToList()
            : [];
        return pairs.Count switch
        {
            1 => new PairAssignment(pairs[0].PairId, RoleIn(pairs[0], respondentId), null),
            0 => PairAssignment.Failed(participants.ContainsKey(respondentId)
                ? $"respondent \"{respondentId}\" has no pair{(cohort is null ? "" : $" in cohort \"{cohort}\"")}{(role is null ? "" : $" as {Name(role.Value)}")} in the roster"
                : $"respondent \"{respondentId}\" is not in the roster; add a pair_id column, import the roster that lists them, or correct the id"),
            _ => PairAssignment.Failed($"respondent \"{respondentId}\" is in {pairs.Count} pairs ({string.Join(", ", pairs.Select(p => p.PairId))}); add a pair_id column so each answer names its pair"),
        };
    }

    private static Role? RoleIn(RosterPair pair, string respondentId) =>
        pair.MentorId == respondentId ? Role.Mentor : pair.MenteeId == respondentId ? Role.Mentee : null;

    private static string Name(Role role) => role == Role.Mentor ? "mentor" : "mentee";

    private static Dictionary<string, Memberships> ByParticipant(IEnumerable<RosterPair> pairs)
    {
        var index = new Dictionary<string, Memberships>(StringComparer.Ordinal);
        void Add(string participant, RosterPair entry)
        {
            ref var memberships = ref CollectionsMarshal.GetValueRefOrAddDefault(index, participant, out var exists);
            if (!exists) memberships = new Memberships(entry, null);
            else (memberships.Others ??= []).Add(entry);
        }

        foreach (var entry in pairs)
        {
            Add(entry.MentorId, entry);
            if (entry.MenteeId != entry.MentorId) Add(entry.MenteeId, entry);
        }

        return index;
    }

    /// <summary>The pairs of one participant, in roster order. Most have one, kept without a list.</summary>
    private record struct Memberships(RosterPair First, List<RosterPair>? Others)
    {
        public readonly IEnumerable<RosterPair> All() => Others is null ? [First] : [First, .. Others];
    }
}
