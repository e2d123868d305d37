using MentorEval.Core.Pairs;

namespace MentorEval.Storage.Roster;

/// <summary>The stored roster: its pairs, and the database id of each pair id (what a response's PairId refers to).</summary>
public sealed record StoredRoster(IReadOnlyList<RosterEntry> Entries, IReadOnlyDictionary<string, int> PairIds);
