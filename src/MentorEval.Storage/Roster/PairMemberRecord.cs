using MentorEval.Core.Pairs;

namespace MentorEval.Storage.Roster;

/// <summary>
/// Who was a pair's mentor or mentee, and from when to when (<see cref="Until"/> null: still is). A pair's current members
/// are also on <see cref="PairRecord"/>; these rows remember the ones a re-imported roster replaced, so an answer they
/// gave before the change is still theirs and one given after it is refused.
/// </summary>
public sealed class PairMemberRecord
{
    public int Id { get; set; }

    public int PairRowId { get; set; }

    public PairRecord? Pair { get; set; }

    public Role Role { get; set; }

    /// <summary>The participant id as the roster spelled it.</summary>
    public required string MemberId { get; set; }

    public int ParticipantId { get; set; }

    public ParticipantRecord? Participant { get; set; }

    /// <summary>The pair's start for its first members; the day of the change for later ones.</summary>
    public DateOnly Since { get; set; }

    /// <summary>The day the roster replaced this member (their answers count until the day before); null while a member.</summary>
    public DateOnly? Until { get; set; }
}
