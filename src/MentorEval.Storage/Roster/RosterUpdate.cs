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

    /// <summary>Stored responses that name a pair of the roster but were not given by its mentor or mentee in the role
    /// they state (imported before there was a roster to check them): left unlinked, out of every pair's figures.</summary>
    public int NotLinked { get; init; }
}
