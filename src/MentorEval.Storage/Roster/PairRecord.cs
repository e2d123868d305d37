using MentorEval.Core.Pairs;

namespace MentorEval.Storage.Roster;

/// <summary>A mentor–mentee pair as the roster last described it.</summary>
public sealed class PairRecord
{
    public int Id { get; set; }

    /// <summary>The pair id the program uses (roster column pair_id).</summary>
    public required string PairKey { get; set; }

    public int CohortId { get; set; }

    public CohortRecord? Cohort { get; set; }

    public required string MentorId { get; set; }

    public required string MenteeId { get; set; }

    public int MentorParticipantId { get; set; }

    public ParticipantRecord? MentorParticipant { get; set; }

    public int MenteeParticipantId { get; set; }

    public ParticipantRecord? MenteeParticipant { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly PlannedEndDate { get; set; }

    public PairStatus Status { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? ClosureReason { get; set; }

    /// <summary>The roster's other columns for this pair (<see cref="RosterAttributesJson"/>); null when it had none.</summary>
    public string? Attributes { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public RosterEntry ToEntry() =>
        new(PairKey, Cohort?.Name ?? "", MentorId, MenteeId, StartDate, PlannedEndDate, Status, EndDate, ClosureReason)
        {
            Attributes = RosterAttributesJson.Read(Attributes),
        };
}
