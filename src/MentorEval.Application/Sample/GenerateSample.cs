using MentorEval.Core.Diagnostics;
using MentorEval.Application.Files;
using MentorEval.Application.Programs;
using MentorEval.Core.Sample;
using MentorEval.Import.Sample;

namespace MentorEval.Application.Sample;

/// <summary>Which survey tool's export a sample program imitates.</summary>
public enum SampleLayout
{
    /// <summary>MentorEval's own layout: respondent_id,pair_id,role,wave,submitted_at then item ids.</summary>
    Generic,

    /// <summary>Qualtrics' current exporter with choice text: three header rows, one survey per role.</summary>
    Qualtrics,

    /// <summary>A REDCap longitudinal record export with raw codes.</summary>
    Redcap,
}

/// <param name="OutputFolder">Where to write the program (relative to the workspace's folder or absolute).</param>
/// <param name="Options">Pairs, cohorts, waves and seed (checked by the front end: counts 1 or more, waves named once each).</param>
public sealed record SampleRequest(string OutputFolder, SampleOptions Options, SampleLayout Layout = SampleLayout.Generic);

/// <summary>What a written sample program holds.</summary>
/// <param name="Manifest">program.json's content: which --instrument, --wave and --role each file needs.</param>
public sealed record SampleWritten(string Folder, int Pairs, int ClosedEarly, int SurveyFiles, int Responses, string Description, object Manifest);

public abstract record SampleOutcome
{
    public sealed record Generated(SampleWritten Program) : SampleOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : SampleOutcome, IRefused;
}

/// <summary>Writes a realistic synthetic program (roster, survey exports, program.json) to try MentorEval on.</summary>
public sealed class GenerateSample(Workspace workspace)
{
    public Task<SampleOutcome> RunAsync(SampleRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Task.FromResult(Refusal.UnlessStoreFails(workspace, () => Run(request, progress, cancel), d => new SampleOutcome.Refused(d)));

    private SampleOutcome Run(SampleRequest request, IProgress<StepProgress>? progress, CancellationToken cancel)
    {
        var instruments = workspace.LoadLibrary().Instruments.ToList();
        var folder = workspace.FullPath(request.OutputFolder);
        progress?.Report(new StepProgress("Generating the program"));
        var program = new SampleProgramGenerator(instruments).Generate(request.Options);
        cancel.ThrowIfCancellationRequested();
        progress?.Report(new StepProgress("Writing its files"));
        using var outputs = new OutputFiles(workspace.Guard());
        var format = request.Layout switch
        {
            SampleLayout.Qualtrics => SampleFormat.Qualtrics,
            SampleLayout.Redcap => SampleFormat.Redcap,
            _ => SampleFormat.Generic,
        };
        var manifest = SampleProgramWriter.Write(program, instruments, folder, SampleFiles(outputs, folder), format);
        if (outputs.MoveIntoPlace() is { } failed) return new SampleOutcome.Refused([failed]);
        var closed = program.Roster.Count(p => p.Status == Core.Pairs.PairStatus.ClosedEarly);
        return new SampleOutcome.Generated(new SampleWritten(folder, program.Roster.Count, closed,
            manifest.Surveys.Count, manifest.Surveys.Sum(s => s.Responses), manifest.Description, manifest));
    }

    /// <summary>
    /// Opens each file of a sample program as an output of the use case (written beside its place, then moved in); a
    /// file refused or failing drops what it is given, and <see cref="OutputFiles.MoveIntoPlace"/> returns why.
    /// </summary>
    internal static Func<string, Stream> SampleFiles(OutputFiles outputs, string folder) =>
        path => outputs.Open(path, $"the sample file {Path.GetRelativePath(folder, path)}", "--out").Stream;
}
