namespace MentorEval.Storage.Roster;

/// <summary>
/// What a roster import did, or would do: pairs added or changed, member changes with their date, stored pairs the file
/// leaves out. With <see cref="Problems"/>, nothing was stored.
/// </summary>
public sealed record RosterUpdate(
    IReadOnlyList<RosterChange> Changes,
    IReadOnlyList<MemberChange> MemberChanges,
    IReadOnlyList<MissingPair> Missing,
    bool IdsIgnoreCase,
    IReadOnlyList<string> Problems)
{
    public bool Applied => Problems.Count == 0;
}
