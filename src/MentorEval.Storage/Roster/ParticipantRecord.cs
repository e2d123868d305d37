namespace MentorEval.Storage.Roster;

/// <summary>A person in the program, known by the id the program uses for them (a roster's mentor_id or mentee_id).</summary>
public sealed class ParticipantRecord
{
    public int Id { get; set; }

    public required string ParticipantKey { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }
}
