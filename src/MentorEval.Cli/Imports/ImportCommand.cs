using System.CommandLine;
using MentorEval.Cli.App;
using MentorEval.Cli.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Text;
using MentorEval.Import.Responses;

namespace MentorEval.Cli.Imports;

/// <summary>`mentoreval import FILE --instrument ID ...`: survey responses into the program's database.</summary>
public static class ImportCommand
{
    private const int MaxMapBytes = 1024 * 1024;

    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The survey export (CSV) to import." };
        var instrument = new Option<string>("--instrument") { Description = "The instrument the survey used (see 'instruments list').", Required = true };
        var wave = context.Name(new Option<string?>("--wave") { Description = "The wave of every response; otherwise each row's wave column or REDCap event." }, "wave name");
        var cohort = context.Name(new Option<string?>("--cohort") { Description = "Accept only pairs of this cohort." }, "cohort name");
        var role = new Option<Role?>("--role") { Description = "mentor or mentee, for a survey only one role answered." };
        var format = FormatOption.Create();
        var respondentColumn = RespondentColumnOption.Create();
        var map = new Option<string?>("--map")
        {
            Description = "JSON file mapping columns to item ids, and naming the participant code column if needed: "
                          + "{ \"respondent\": \"Your participant code\", \"columns\": { \"Q5_1\": \"mca01\" } }. --respondent-column wins over its \"respondent\".",
        };
        var missing = new Option<string?>("--missing") { Description = "Extra codes meaning 'missing' in this file, comma-separated (e.g. UNK,-98)." };
        var eventWave = new Option<string[]>("--event-wave") { Description = "REDCap event to wave, e.g. baseline_arm_1=baseline (repeatable).", AllowMultipleArgumentsPerToken = true };
        var partial = new Option<PartialPolicy>("--partial")
        {
            Description = "keep (default, flagged) or skip unfinished responses (Qualtrics: Finished/Progress; REDCap: the status of the form holding the instrument's questions, not of other forms). " +
                          "A row whose submitted time is not a date is rejected, unless '--partial keep' is given: then it is stored without a time, its text kept, and flagged.",
            DefaultValueFactory = _ => PartialPolicy.Keep,
        };
        var strict = new Option<bool>("--strict") { Description = "Import nothing if any row is rejected." };
        var replace = new Option<bool>("--replace") { Description = "Replace stored responses of the same respondent, instrument and wave." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Do everything except store." };
        var rejects = new Option<string?>("--rejects") { Description = "Where to write rejected rows (default: FILE.rejects.csv beside the export)." };
        var json = CliContext.JsonOption();

        var command = new Command("import", "Import survey responses: detects the export format, maps columns to items, validates every answer, never half-writes.")
        {
            file, instrument, wave, cohort, role, format, respondentColumn, map, missing, eventWave, partial, strict, replace, dryRun, rejects, json,
        };
        command.SetAction(async (parsed, cancel) =>
        {
            var export = context.ExistingFile(parsed.GetValue(file)!, "survey export");
            var mapPath = parsed.GetValue(map) is { } m ? context.ExistingFile(m, "mapping file") : null;
            var columnMap = LoadMap(mapPath);
            var request = new ResponseImportRequest(
                File: export,
                InstrumentId: parsed.GetValue(instrument)!,
                Format: FormatOption.Parse(parsed.GetValue(format)!),
                // The command line is the more deliberate choice: it overrides a mapping file reused from another wave.
                RespondentColumn: parsed.GetValue(respondentColumn) ?? columnMap.Respondent,
                Options: new ResponseImportOptions
                {
                    Wave = parsed.GetValue(wave),
                    Cohort = parsed.GetValue(cohort),
                    Role = parsed.GetValue(role),
                    Partial = parsed.GetValue(partial),
                    KeepUnreadableDates = parsed.GetResult(partial) is { Implicit: false } && parsed.GetValue(partial) == PartialPolicy.Keep,
                    MissingCodes = (parsed.GetValue(missing) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                    EventWaves = EventWaves(parsed.GetValue(eventWave) ?? []),
                    Map = columnMap,
                },
                Strict: parsed.GetValue(strict),
                Replace: parsed.GetValue(replace),
                DryRun: parsed.GetValue(dryRun),
                RejectsPath: parsed.GetValue(rejects) is { } r ? Path.GetFullPath(r, context.Environment.CurrentDirectory) : null);

            var asJson = parsed.GetValue(json);
            var library = context.LoadLibrary(parsed);
            var definition = InstrumentsCommand.FindOrExplain(library, request.InstrumentId);
            await using var db = await context.OpenStoreAsync(parsed, cancel);
            var progress = asJson ? null : new ImportProgress(context.Terminal.Console);
            var guard = context.OutputGuard(parsed, [(export, "the survey export"), .. mapPath is null ? [] : new[] { (mapPath, "the mapping file") }]);
            var summary = await ResponseImportJob.RunAsync(db, definition, library.SourceOf(definition), request, guard, progress, cancel);

            if (asJson) Json.Write(context.Terminal, summary);
            else ImportViews.Render(context.Terminal.Console, summary);
            return summary.Strict && summary.Rejected > 0 || summary.Imported + summary.Replaced == 0 && summary.Rejected > 0
                ? ExitCode.InvalidInput
                : ExitCode.Success;
        });
        return command;
    }

    private static Dictionary<string, string> EventWaves(IEnumerable<string> pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                throw new UserInputException($"--event-wave \"{Excerpt.Of(pair)}\" must be EVENT=WAVE, e.g. baseline_arm_1=baseline.");
            if (NameText.Problem(parts[1], "wave name") is { } problem) throw new UserInputException($"--event-wave: {problem}.");
            map[parts[0]] = parts[1];
        }

        return map;
    }

    private static ColumnMap LoadMap(string? full)
    {
        if (full is null) return ColumnMap.Empty;
        // A mapping names a few hundred columns at most; a larger file is not one, and is not read whole into memory.
        if (new FileInfo(full).Length > MaxMapBytes)
            throw new UserInputException($"{full} is larger than {MaxMapBytes / 1024 / 1024} MB, too large for a mapping file (a JSON object of column names). Check that --map names the mapping, not the export.");
        return ColumnMap.Parse(File.ReadAllText(full), full, out var problem) ?? throw new UserInputException(problem!);
    }
}
