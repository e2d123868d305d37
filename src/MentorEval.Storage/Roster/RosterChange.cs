namespace MentorEval.Storage.Roster;

/// <summary>What a roster import did to one pair: added it, or changed some of its fields (old → new).</summary>
public sealed record RosterChange(string PairId, bool Added, IReadOnlyList<FieldChange> Changes);
