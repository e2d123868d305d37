using System.CommandLine;
using MentorEval.Cli.App;
using MentorEval.Cli.Imports;
using MentorEval.Cli.Instruments;
using MentorEval.Cli.Reports;
using MentorEval.Cli.Risk;
using MentorEval.Cli.Sample;
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
using Spectre.Console;

namespace MentorEval.Cli.Demo;

/// <summary>
/// `mentoreval demo`: the whole pipeline on the sample program in one command. Imports the roster and every survey
/// export into a fresh database under the output folder, trains the risk model on the finished cohorts, judges the
/// running cohort and writes its report.
/// </summary>
public static class DemoCommand
{
    public static Command Build(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Folder for the demo's database, model and report (default: reports/demo).", DefaultValueFactory = _ => Path.Combine("reports", "demo") };
        var sample = new Option<string?>("--sample") { Description = "A sample program folder with program.json (default: sample-data/ if present, else one is generated)." };
        var json = CliContext.JsonOption();
        var command = new Command("demo", "Run the whole pipeline on the sample program: import, score, train the risk model, predict, write the report.") { output, sample, json };
        command.SetAction(async (parsed, cancel) =>
        {
            var folder = Path.GetFullPath(parsed.GetValue(output)!, context.Environment.CurrentDirectory);
            var library = context.LoadLibrary(parsed);
            // The demo's files must not replace the program's own database or definitions.
            var guard = context.OutputGuard(parsed);
            var asJson = parsed.GetValue(json);
            var console = context.Terminal.Console;
            DemoSummary? summary = null;
            if (asJson || !console.Profile.Capabilities.Interactive)
            {
                summary = await RunAsync(context, library, folder, parsed.GetValue(sample), guard, DemoProgress.Silent, cancel);
            }
            else
            {
                await console.Progress().AutoClear(false).HideCompleted(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async progress => summary = await RunAsync(context, library, folder, parsed.GetValue(sample), guard, new DemoProgress(progress), cancel));
            }

            if (asJson) Json.Write(context.Terminal, summary!);
            else DemoViews.Render(console, summary!);
            return ExitCode.Success;
        });
        return command;
    }

    private static async Task<DemoSummary> RunAsync(CliContext context, Core.Instruments.InstrumentLibrary library, string folder, string? sampleOption,
        OutputGuard guard, DemoProgress progress, CancellationToken cancel)
    {
        var database = Path.Combine(folder, "mentoreval.db");
        guard.Check(database, "--out");
        var sampleStep = progress.Step("Sample program", 1);
        var (sampleFolder, manifest, generated) = Sample(context, library, folder, sampleOption, guard);
        sampleStep.Done();

        var rosterStep = progress.Step("Roster", 1);
        FreshDatabase(database);
        // From here on the demo's own database and the sample's files are what its other files must not replace.
        guard = guard.And([(database, "the demo's database"), .. manifest.Surveys.Select(s => (Path.Combine(sampleFolder, s.File), "a survey export of the sample"))]);
        var location = new StoreLocation(database);
        int imported = 0, rejected = 0;
        RiskData data;
        await using (var db = await context.OpenStoreAsync(location, cancel))
        {
            var roster = RosterReader.Read(Path.Combine(sampleFolder, manifest.Roster));
            if (!roster.IsValid)
                throw new UserInputException($"The sample roster {manifest.Roster} has problems: {roster.Problems[0]}. Regenerate it with 'mentoreval sample generate'.");
            await RosterStore.ApplyAsync(db, roster.Entries, DateTimeOffset.UtcNow, dryRun: false, cancel);
            rosterStep.Done();

            var surveysStep = progress.Step($"Survey exports ({manifest.Surveys.Count} files)", manifest.Surveys.Count);
            foreach (var survey in manifest.Surveys)
            {
                var definition = InstrumentsCommand.FindOrExplain(library, survey.Instrument);
                var request = new ResponseImportRequest(
                    Path.Combine(sampleFolder, survey.File), survey.Instrument, FormatOption.Parse(survey.Format), RespondentColumn: null,
                    new ResponseImportOptions { Wave = survey.Wave, Role = RoleText.Parse(survey.Role) },
                    Strict: false, Replace: false, DryRun: false, RejectsPath: Path.Combine(folder, "rejects", Path.GetFileName(survey.File)));
                var result = await ResponseImportJob.RunAsync(db, definition, library.SourceOf(definition), request, guard, null, cancel);
                imported += result.Imported;
                rejected += result.Rejected;
                surveysStep.Advance();
            }

            data = RiskData.From(context, location, await RosterStore.LoadAsync(db, cancel), await ResponseStore.LoadAsync(db, cancel));
        }

        var riskStep = progress.Step("Risk model", 1);
        var cohorts = data.Builder.Cohorts;
        var finished = data.FinishedCohorts();
        var latest = cohorts.Except(finished).LastOrDefault() ?? cohorts[^1];
        var (model, modelNote) = Train(data, finished, data.ModelPath(null), guard);
        riskStep.Done();

        // The report's stages: judging risk, analysing, drawing charts while writing the workbook.
        var reportStep = progress.Step($"Report for cohort {latest}", 3);
        var options = new ReportOptions(latest, folder, finished.LastOrDefault(), 5, "Sample mentoring program", null);
        var report = ReportJob.Write(data, options, guard, _ => reportStep.Advance());
        reportStep.Done();
        return new DemoSummary(sampleFolder, generated, database, manifest.Surveys.Count, imported, rejected,
            model, model is null ? null : RiskModel.CardPath(model), modelNote, latest, options.CompareTo, report);
    }

    /// <summary>The sample program to use: the one given, else ./sample-data, else a new one generated under the output folder.</summary>
    private static (string Folder, SampleManifest Manifest, bool Generated) Sample(CliContext context, Core.Instruments.InstrumentLibrary library, string folder, string? given,
        OutputGuard guard)
    {
        var candidate = Path.GetFullPath(given ?? "sample-data", context.Environment.CurrentDirectory);
        if (File.Exists(Path.Combine(candidate, SampleManifest.FileName)))
            return (candidate, SampleManifest.Read(candidate, out var problem) ?? throw new UserInputException(problem!), false);
        if (given is not null)
            throw new UserInputException($"No {SampleManifest.FileName} in \"{candidate}\". Give a folder written by 'mentoreval sample generate', or leave out --sample.");

        var generated = Path.Combine(folder, "sample-data");
        var instruments = library.Instruments.ToList();
        var program = new SampleProgramGenerator(instruments).Generate(new SampleOptions());
        using var outputs = new OutputFiles(guard);
        var manifest = SampleProgramWriter.Write(program, instruments, generated, SampleCommand.SampleFiles(outputs, generated), SampleFormat.Generic);
        outputs.MoveIntoPlace();
        return (generated, manifest, true);
    }

    /// <summary>The demo always starts from an empty database: it removes only its own files from a previous run.</summary>
    private static void FreshDatabase(string database)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        foreach (var file in new[] { database, database + "-wal", database + "-shm", database + ".risk-model.zip", database + ".risk-model.json" })
            File.Delete(file);
    }

    private static (string? Model, string? Note) Train(RiskData data, IReadOnlyList<string> finished, string path, OutputGuard guard)
    {
        if (finished.Count == 0) return (null, "No finished cohort yet: the documented rules judge the pairs.");
        using var outputs = new OutputFiles(guard);
        var (modelFile, cardFile) = RiskData.OpenModelFiles(outputs, path);
        RiskModel trained;
        try
        {
            trained = data.Train(finished, ThresholdPolicy.Default);
        }
        catch (UserInputException e)
        {
            // Too little history is a normal state for a young program: the rules take over, and the report says so.
            return (null, e.Message + $" The documented rules judge the pairs (at least {ClosureRiskRules.MinimumClosuresToLearn} early closures are needed to learn).");
        }

        if (!trained.Card.Verdict.Kept) return (null, trained.Card.Verdict.Reason + " The documented rules judge the pairs.");
        trained.Save(modelFile.Stream, cardFile.Stream);
        outputs.MoveIntoPlace();
        return (path, null);
    }
}
