namespace MentorEval.Core.Instruments;

/// <summary>The outcome of reading a definition: the instrument when it is usable, and every problem found.</summary>
public sealed record DefinitionResult(Instrument? Instrument, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool IsValid => Instrument is not null && Problems.All(p => p.Severity != ProblemSeverity.Error);

    public IEnumerable<DefinitionProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
}
