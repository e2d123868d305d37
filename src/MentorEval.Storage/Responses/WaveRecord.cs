namespace MentorEval.Storage.Responses;

/// <summary>A timepoint at which surveys are given ("baseline", "month-3", "end").</summary>
public sealed class WaveRecord
{
    public int Id { get; set; }

    public required string Name { get; set; }
}
