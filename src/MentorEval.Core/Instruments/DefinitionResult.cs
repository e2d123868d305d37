using MentorEval.Core.Diagnostics;

namespace MentorEval.Core.Instruments;

/// <summary>The outcome of reading a definition: the instrument when it is usable, and every problem found (each
/// located by file and JSON path, or by line and column when the JSON itself is malformed).</summary>
public sealed record DefinitionResult(Instrument? Instrument, IReadOnlyList<Diagnostic> Problems)
{
    public bool IsValid => Instrument is not null && Problems.All(p => !p.IsError);

    public IEnumerable<Diagnostic> Errors => Problems.Where(p => p.IsError);
}
