using MentorEval.Core.Diagnostics;

namespace MentorEval.Import.Redcap;

/// <summary>
/// The outcome of converting one form: the definition JSON (null when there are errors), the fields left
/// out with reasons, and warnings about choices the converter had to make.
/// </summary>
public sealed record RedcapImportResult(
    string? DefinitionJson,
    IReadOnlyList<UnsupportedField> Unsupported,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<Diagnostic> Errors)
{
    public bool Succeeded => DefinitionJson is not null && Errors.Count == 0;
}
