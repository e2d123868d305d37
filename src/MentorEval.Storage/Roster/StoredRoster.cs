using MentorEval.Core.Pairs;

namespace MentorEval.Storage.Roster;

/// <summary>
/// The stored roster's pairs as an import checks them, the database id of each pair id (what a response's PairId refers
/// to), the members the roster replaced, and how ids compare.
/// </summary>
public sealed record StoredRoster(IReadOnlyList<RosterPair> Pairs, IReadOnlyDictionary<string, int> PairIds)
{
    public IReadOnlyList<FormerMember> FormerMembers { get; init; } = [];

    public RosterIdRules IdRules { get; init; } = RosterIdRules.Exact;

    public RosterIndex Index() => new(Pairs, IdRules, FormerMembers);
}
