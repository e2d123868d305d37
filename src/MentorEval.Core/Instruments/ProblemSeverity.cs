namespace MentorEval.Core.Instruments;

public enum ProblemSeverity
{
    /// <summary>The definition cannot be used.</summary>
    Error,

    /// <summary>Usable, but probably not what the author meant.</summary>
    Warning,
}
