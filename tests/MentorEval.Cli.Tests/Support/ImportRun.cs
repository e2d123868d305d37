using System.Text.Json;
using MentorEval.Cli.App;
using MentorEval.Application.Imports;

namespace MentorEval.Cli.Tests.Support;

/// <summary>What `mentoreval import --json` printed: the summary, or an error message when the file could not be read at all.</summary>
public sealed record ImportRun(CliHarness.Run Run)
{
    public int ExitCode => Run.ExitCode;

    public string Output => Run.Output;

    public ImportSummary Summary => Output.TrimStart().StartsWith('{')
        ? JsonSerializer.Deserialize<ImportSummary>(Output, Json.Options)!
        : throw new ShouldAssertException($"The import printed no JSON summary:{Environment.NewLine}{Output}");
}
