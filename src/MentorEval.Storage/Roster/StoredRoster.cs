using MentorEval.Core.Pairs;

namespace MentorEval.Storage.Roster;

/// <summary>The stored roster's pairs as an import checks them, and the database id of each pair id (what a response's PairId refers to).</summary>
public sealed record StoredRoster(IReadOnlyList<RosterPair> Pairs, IReadOnlyDictionary<string, int> PairIds);
