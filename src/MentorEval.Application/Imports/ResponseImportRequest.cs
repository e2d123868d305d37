using MentorEval.Import.Exports;
using MentorEval.Import.Responses;

namespace MentorEval.Application.Imports;

/// <summary>One import as the job runs it: paths resolved, the mapping read, options in the importer's own types.</summary>
internal sealed record ResponseImportRequest(
    string File,
    string InstrumentId,
    ExportFormat? Format,
    string? RespondentColumn,
    ResponseImportOptions Options,
    bool Strict,
    bool Replace,
    bool DryRun,
    string? RejectsPath)
{
    /// <summary>Where rejected rows go: --rejects, else FILE.rejects.csv beside the export.</summary>
    public string RejectsFile => RejectsPath ?? Path.Combine(Path.GetDirectoryName(File)!, Path.GetFileNameWithoutExtension(File) + ".rejects.csv");
}
