namespace MentorEval.Storage.Roster;

/// <summary>Pairs that start together (e.g. "2026-spring"). One database holds one program's cohorts.</summary>
public sealed class CohortRecord
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public List<PairRecord> Pairs { get; set; } = [];
}
