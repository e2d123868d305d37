using MentorEval.Core.Pairs;

namespace MentorEval.Storage.Roster;

/// <summary>
/// The stored roster's pairs as an import checks them, the database key of each pair id (what a response's PairRowId refers
/// to), the members the roster replaced, and how ids compare.
/// </summary>
public sealed record StoredRoster(IReadOnlyList<RosterPair> Pairs, IReadOnlyDictionary<string, int> PairRowIds)
{
    public IReadOnlyList<FormerMember> FormerMembers { get; init; } = [];

    public RosterIdRules IdRules { get; init; } = RosterIdRules.Exact;

    public RosterIndex Index() => new(Pairs, IdRules, FormerMembers);
}
