namespace MentorEval.Core.Diagnostics;

public enum DiagnosticSeverity
{
    /// <summary>The input cannot be used as it is (a definition, a file, or a row of one).</summary>
    Error,

    /// <summary>Usable, but probably not what the author meant.</summary>
    Warning,
}
