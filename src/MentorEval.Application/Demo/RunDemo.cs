using MentorEval.Core.Diagnostics;
using MentorEval.Application.Files;
using MentorEval.Application.Imports;
using MentorEval.Application.Instruments;
using MentorEval.Application.Programs;
using MentorEval.Application.Reports;
using MentorEval.Application.Risk;
using MentorEval.Application.Sample;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Core.Sample;
using MentorEval.Import.Responses;
using MentorEval.Import.Roster;
using MentorEval.Import.Sample;
using MentorEval.Risk.Evaluation;
using MentorEval.Risk.Models;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Application.Demo;

/// <param name="OutputFolder">Folder for the demo's database, model and report (relative to the workspace's folder or absolute).</param>
/// <param name="Sample">A sample program folder with program.json; null: ./sample-data if present, else one is generated.</param>
public sealed record DemoRequest(string OutputFolder, string? Sample = null)
{
    /// <summary>
    /// Load the sample into the workspace's own database, and only while it holds no pairs, instead of a fresh database
    /// in the output folder (how the web app starts on an empty database). The output folder still gets the report.
    /// </summary>
    public bool IntoWorkspace { get; init; }
}

public abstract record DemoOutcome
{
    public sealed record Finished(DemoSummary Summary) : DemoOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : DemoOutcome, IRefused;

    /// <summary>The workspace's database already holds a program's pairs: nothing was loaded (<see cref="DemoRequest.IntoWorkspace"/>).</summary>
    public sealed record ProgramAlreadyLoaded(string Database) : DemoOutcome;
}

/// <summary>
/// The whole pipeline on the sample program: imports the roster and every survey export into a fresh database under the
/// output folder, trains the risk model on the finished cohorts, judges the running cohort and writes its report.
/// </summary>
public sealed class RunDemo(Workspace workspace)
{
    /// <param name="progress">Gets each of the demo's steps (sample, roster, surveys, risk model, report) and how far it is.</param>
    public Task<DemoOutcome> RunAsync(DemoRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<DemoOutcome>(workspace, async () =>
        {
            var folder = workspace.FullPath(request.OutputFolder);
            if (request.IntoWorkspace)
            {
                await using var db = await workspace.OpenStoreAsync(cancel);
                if (await db.Pairs.AnyAsync(cancel)) return new DemoOutcome.ProgramAlreadyLoaded(workspace.Store.Display);
            }

            var library = workspace.LoadLibrary();
            // The demo's files must not replace the program's own database or definitions.
            var guard = workspace.Guard();
            var location = request.IntoWorkspace ? workspace.Store : new StoreLocation(Path.Combine(folder, "mentoreval.db"));
            return (await RunAsync(library, folder, location, request.Sample, guard, progress, cancel)).Failed(out var refusal, out var summary)
                ? new DemoOutcome.Refused(refusal.Diagnostics)
                : new DemoOutcome.Finished(summary);
        }, d => new DemoOutcome.Refused(d));

    /// <param name="location">The demo's own database under the output folder (started afresh), or the workspace's (empty).</param>
    private async Task<Attempt<DemoSummary>> RunAsync(InstrumentLibrary library, string folder, StoreLocation location, string? sampleOption, OutputGuard guard,
        IProgress<StepProgress>? progress, CancellationToken cancel)
    {
        void Report(string step, double done) => progress?.Report(new StepProgress(step, done));
        var own = location.Value == Path.Combine(folder, "mentoreval.db");
        var database = location.Value;
        if (own && guard.Check(database, "--out") is { } protectedFile) return protectedFile;
        Report("Sample program", 0);
        if (Sample(library, folder, sampleOption, guard).Failed(out var refusal, out var sample)) return refusal;
        var (sampleFolder, manifest, generated) = sample;
        Report("Sample program", 1);

        Report("Roster", 0);
        if (own) FreshDatabase(database);
        // From here on the demo's own database and the sample's files are what its other files must not replace.
        guard = guard.And([.. own ? [(database, "the demo's database")] : Array.Empty<(string, string)>(),
            .. manifest.Surveys.Select(s => (Path.Combine(sampleFolder, s.File), "a survey export of the sample"))]);
        int imported = 0, rejected = 0;
        RiskData data;
        await using (var db = await Store.OpenAsync(location, cancel))
        {
            var roster = RosterReader.Read(Path.Combine(sampleFolder, manifest.Roster));
            if (!roster.IsValid)
                return new Diagnostic(Path.Combine(sampleFolder, manifest.Roster), DiagnosticCodes.Input.SampleInvalid, $"The sample roster has problems: {roster.Problems[0]}.")
                {
                    Fix = "Regenerate it with 'mentoreval sample generate'.",
                };
            await RosterStore.ApplyAsync(db, roster.Entries, DateTimeOffset.UtcNow, dryRun: false, cancel);
            Report("Roster", 1);

            var surveys = $"Survey exports ({manifest.Surveys.Count} files)";
            Report(surveys, 0);
            var done = 0;
            foreach (var survey in manifest.Surveys)
            {
                if (InstrumentChoice.Find(library, survey.Instrument).Failed(out refusal, out var definition)) return refusal;
                var request = new ResponseImportRequest(
                    Path.Combine(sampleFolder, survey.File), survey.Instrument, ExportFormats.Parse(survey.Format), RespondentColumn: null,
                    new ResponseImportOptions { Wave = survey.Wave, Role = survey.Role is null ? null : RoleText.Parse(survey.Role) },
                    Strict: false, Replace: false, DryRun: false, RejectsPath: Path.Combine(folder, "rejects", Path.GetFileName(survey.File)));
                if ((await ImportResponses.RunAsync(db, definition, library.SourceOf(definition), request, guard, null, cancel)).Failed(out refusal, out var result))
                    return refusal;
                imported += result.Imported;
                rejected += result.Rejected;
                Report(surveys, (double)++done / Math.Max(1, manifest.Surveys.Count));
            }

            Report(surveys, 1);
            data = RiskData.From(workspace, location, await RosterStore.LoadAsync(db, cancel), await ResponseStore.LoadAsync(db, cancel));
        }

        Report("Risk model", 0);
        var cohorts = data.Builder.Cohorts;
        var finished = data.FinishedCohorts();
        var latest = cohorts.Except(finished).LastOrDefault() ?? cohorts[^1];
        // A server database has no file to put the model beside: the rules judge there until one is trained with --model.
        string? model = null;
        string? modelNote = "The database is a server: the documented rules judge the pairs ('mentoreval risk train --model FILE' trains a model).";
        if (!location.IsServer)
        {
            if (data.ModelPath(null).Failed(out refusal, out var modelPath)) return refusal;
            if (Train(data, finished, modelPath, guard).Failed(out refusal, out var trained)) return refusal;
            (model, modelNote) = trained;
        }

        Report("Risk model", 1);

        // The report's stages: judging risk, analysing, drawing charts while writing the workbook.
        var reportStep = $"Report for cohort {latest}";
        const int reportStages = 3;
        var stages = 0;
        Report(reportStep, 0);
        var options = new BuildReportRequest(latest, folder, finished.LastOrDefault(), 5, "Sample mentoring program", null);
        if (BuildReport.Write(data, options, guard, _ => Report(reportStep, Math.Min(1, (double)++stages / reportStages))).Failed(out refusal, out var report))
            return refusal;
        Report(reportStep, 1);
        return new DemoSummary(sampleFolder, generated, location.Display, manifest.Surveys.Count, imported, rejected,
            model, model is null ? null : RiskModel.CardPath(model), modelNote, latest, options.CompareTo, report);
    }

    /// <summary>The sample program to use: the one given, else ./sample-data, else a new one generated under the output folder.</summary>
    private Attempt<(string Folder, SampleManifest Manifest, bool Generated)> Sample(InstrumentLibrary library, string folder, string? given, OutputGuard guard)
    {
        var candidate = workspace.FullPath(given ?? "sample-data");
        if (File.Exists(Path.Combine(candidate, SampleManifest.FileName)))
        {
            if (SampleManifest.Read(candidate, out var problem) is { } read) return (candidate, read, false);
            var (message, fix) = Refusal.Sentences(problem!);
            return new Diagnostic(Path.Combine(candidate, SampleManifest.FileName), DiagnosticCodes.Input.SampleInvalid, message) { Fix = fix };
        }

        if (given is not null)
            return new Diagnostic(candidate, DiagnosticCodes.Input.Missing, $"There is no {SampleManifest.FileName} in this folder.")
            {
                Fix = "Give a folder written by 'mentoreval sample generate', or leave out --sample.",
            };

        var generated = Path.Combine(folder, "sample-data");
        var instruments = library.Instruments.ToList();
        var program = new SampleProgramGenerator(instruments).Generate(new SampleOptions());
        using var outputs = new OutputFiles(guard);
        var manifest = SampleProgramWriter.Write(program, instruments, generated, GenerateSample.SampleFiles(outputs, generated), SampleFormat.Generic);
        if (outputs.MoveIntoPlace() is { } failed) return failed;
        return (generated, manifest, true);
    }

    /// <summary>The demo always starts from an empty database: it removes only its own files from a previous run.</summary>
    private static void FreshDatabase(string database)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        foreach (var file in new[] { database, database + "-wal", database + "-shm", database + ".risk-model.zip", database + ".risk-model.json" })
            File.Delete(file);
    }

    private static Attempt<(string? Model, string? Note)> Train(RiskData data, IReadOnlyList<string> finished, string path, OutputGuard guard)
    {
        if (finished.Count == 0) return (null as string, "No finished cohort yet: the documented rules judge the pairs.");
        using var outputs = new OutputFiles(guard);
        var (modelFile, cardFile) = RiskData.OpenModelFiles(outputs, path);
        if (outputs.Problem is { } unwritable) return unwritable;
        // Too little history is a normal state for a young program: the rules take over, and the report says so.
        var attempt = data.Train(finished, ThresholdPolicy.Default);
        if (attempt is TrainAttempt.InsufficientHistory few)
            return (null as string, few.Problem.Message + $" The documented rules judge the pairs (at least {few.Needed} early closures are needed to learn).");
        var trained = ((TrainAttempt.Trained)attempt).Model;

        if (!trained.Card.Verdict.Kept) return (null as string, trained.Card.Verdict.Reason + " The documented rules judge the pairs.");
        trained.Save(modelFile.Stream, cardFile.Stream);
        if (outputs.MoveIntoPlace() is { } failed) return failed;
        return (path, null as string);
    }
}
