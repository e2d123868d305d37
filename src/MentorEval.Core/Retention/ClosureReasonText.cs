namespace MentorEval.Core.Retention;

/// <summary>The families' names as a program writes them in its reasons table, and as reports show them.</summary>
public static class ClosureReasonText
{
    public static string Code(ClosureReasonFamily family) => family switch
    {
        ClosureReasonFamily.MentorTimeOrLifeChange => "mentor_time_or_life",
        ClosureReasonFamily.MenteeTimeOrLifeChange => "mentee_time_or_life",
        ClosureReasonFamily.RelationshipOrMismatch => "relationship",
        ClosureReasonFamily.ProgramOrStructural => "program",
        _ => "unknown",
    };

    public static string Label(ClosureReasonFamily family) => family switch
    {
        ClosureReasonFamily.MentorTimeOrLifeChange => "Mentor's time or life change",
        ClosureReasonFamily.MenteeTimeOrLifeChange => "Mentee's time or life change",
        ClosureReasonFamily.RelationshipOrMismatch => "Relationship problems or mismatch",
        ClosureReasonFamily.ProgramOrStructural => "Program or structural reasons",
        _ => "Unknown",
    };

    public static ClosureReasonFamily? Parse(string code) =>
        Enum.GetValues<ClosureReasonFamily>().Cast<ClosureReasonFamily?>().FirstOrDefault(f => Code(f!.Value) == code.Trim().ToLowerInvariant());

    /// <summary>How a free-text reason is compared: trimmed, lower case, inner spaces collapsed.</summary>
    public static string Normalise(string reason) =>
        string.Join(' ', reason.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
