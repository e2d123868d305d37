namespace MentorEval.Core.Instruments;

/// <summary>
/// Something wrong with an instrument definition, located by file and JSON path
/// (and by line and column when the JSON itself is malformed).
/// </summary>
public sealed record DefinitionProblem(
    string Source,
    string JsonPath,
    string Message,
    ProblemSeverity Severity = ProblemSeverity.Error,
    int? Line = null,
    int? Column = null)
{
    public override string ToString()
    {
        var where = Line is null ? $"{Source} {JsonPath}" : $"{Source}:{Line}:{Column}";
        return $"{where}: {Severity.ToString().ToLowerInvariant()}: {Message}";
    }
}
