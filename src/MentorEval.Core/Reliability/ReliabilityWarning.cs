namespace MentorEval.Core.Reliability;

/// <summary>Something a reader of the reliability figures should know, in one plain sentence.</summary>
public sealed record ReliabilityWarning(ReliabilityWarningCode Code, string Message, IReadOnlyList<string> ItemIds)
{
    public override string ToString() => Message;
}
