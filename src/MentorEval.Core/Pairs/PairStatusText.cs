namespace MentorEval.Core.Pairs;

/// <summary>The roster's spelling of pair statuses: active, completed, closed_early.</summary>
public static class PairStatusText
{
    public static string Format(PairStatus status) => status switch
    {
        PairStatus.Active => "active",
        PairStatus.Completed => "completed",
        _ => "closed_early",
    };

    public static PairStatus? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "active" => PairStatus.Active,
        "completed" => PairStatus.Completed,
        "closed_early" or "closed early" or "closed-early" => PairStatus.ClosedEarly,
        _ => null,
    };
}
