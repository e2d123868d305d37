using System.CommandLine;
using MentorEval.Application;
using MentorEval.Application.Imports;
using MentorEval.Cli.App;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Text;

namespace MentorEval.Cli.Imports;

/// <summary>`mentoreval import FILE --instrument ID ...`: survey responses into the program's database.</summary>
public static class ImportCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string[]>("files")
        {
            Description = "The survey export (CSV) to import; or several, or a folder laid out as <wave>/<instrument>.csv (as sample-data/responses), each file imported on its own.",
            Arity = ArgumentArity.OneOrMore,
        };
        var instrument = new Option<string?>("--instrument") { Description = "The instrument the survey used (see 'instruments list'); in a <wave>/<instrument>.csv folder, the file's name." };
        var writeMap = new Option<string?>("--write-map") { Description = "Write a mapping template (the --map format) for FILE, pre-filled with the columns found and the closest guesses, to complete; imports nothing." };
        var wave = context.Name(new Option<string?>("--wave") { Description = "The wave of every response; otherwise each row's wave column or REDCap event." }, "wave name");
        var cohort = context.Name(new Option<string?>("--cohort") { Description = "Accept only pairs of this cohort." }, "cohort name");
        var role = new Option<Role?>("--role") { Description = "mentor or mentee, for a survey only one role answered." };
        var format = CommonOptions.Format();
        var respondentColumn = CommonOptions.RespondentColumn();
        var map = new Option<string?>("--map")
        {
            Description = "JSON file mapping columns to item ids, and naming the participant code column if needed: "
                          + "{ \"respondent\": \"Your participant code\", \"columns\": { \"Q5_1\": \"mca01\" } }. --respondent-column wins over its \"respondent\".",
        };
        var missing = new Option<string?>("--missing") { Description = "Extra codes meaning 'missing' in this file, comma-separated (e.g. UNK,-98)." };
        var eventWave = context.Check(
            new Option<string[]>("--event-wave") { Description = "REDCap event to wave, e.g. baseline_arm_1=baseline (repeatable).", AllowMultipleArgumentsPerToken = true },
            DiagnosticCodes.Option.ListInvalid, pairs => EventWaves(pairs ?? [], out var problem) is null ? problem : null);
        var partial = new Option<UnfinishedResponses>("--partial")
        {
            Description = "keep (flagged) or skip unfinished responses (Qualtrics: Finished/Progress; REDCap: the status of the form holding the instrument's questions, not of other forms). " +
                          "A row whose submitted time is not a date is rejected, unless '--partial keep' is given: then it is stored without a time, its text kept, and flagged.",
            DefaultValueFactory = _ => UnfinishedResponses.Keep,
        };
        var strict = new Option<bool>("--strict") { Description = "Import nothing if any row is rejected." };
        var replace = new Option<bool>("--replace") { Description = "Replace stored responses of the same respondent, instrument and wave." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Do everything except store." };
        var rejects = new Option<string?>("--rejects") { Description = "Where to write rejected rows (default: FILE.rejects.csv beside the export)." };
        var includeTests = CommonOptions.IncludeTestResponses();
        var json = CommonOptions.Json();

        var command = new Command("import", "Import survey responses: detects the export format, maps columns to items, validates every answer, never half-writes.")
        {
            file, instrument, wave, cohort, role, format, respondentColumn, map, writeMap, missing, eventWave, partial, strict, replace, dryRun, rejects, includeTests, json,
        };
        // Files as typed (none with --help alone, which needs no --instrument).
        string[] Given(ParseResult parsed) => parsed.GetResult(file) is { } given ? [.. given.Tokens.Select(t => t.Value)] : [];
        context.Check(instrument, DiagnosticCodes.Option.Usage, parsed => parsed.GetValue(instrument) is null && Given(parsed) is { Length: > 0 } files
            && (parsed.GetValue(writeMap) is not null || files.All(f => !Directory.Exists(Path.GetFullPath(f, context.Environment.CurrentDirectory))))
            ? ("--instrument is needed to import a file named on its own (only a folder laid out as <wave>/<instrument>.csv names it)",
                "Give --instrument ID (see 'mentoreval instruments list')")
            : null);
        command.SetAction(async (parsed, cancel) =>
        {
            var files = parsed.GetValue(file)!;
            var request = new ImportRequest(
                File: files[0],
                InstrumentId: parsed.GetValue(instrument) ?? "",
                Format: parsed.GetValue(format),
                RespondentColumn: parsed.GetValue(respondentColumn),
                MapFile: parsed.GetValue(map),
                Wave: parsed.GetValue(wave),
                Cohort: parsed.GetValue(cohort),
                Role: parsed.GetValue(role),
                Partial: parsed.GetValue(partial),
                KeepUnreadableDates: parsed.GetResult(partial) is { Implicit: false } && parsed.GetValue(partial) == UnfinishedResponses.Keep,
                MissingCodes: (parsed.GetValue(missing) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                EventWaves: EventWaves(parsed.GetValue(eventWave) ?? [], out _),
                Strict: parsed.GetValue(strict),
                Replace: parsed.GetValue(replace),
                DryRun: parsed.GetValue(dryRun),
                RejectsPath: parsed.GetValue(rejects),
                IncludeTestResponses: parsed.GetValue(includeTests));

            var asJson = parsed.GetValue(json);
            if (parsed.GetValue(writeMap) is { } template)
                return await ImportHelpViews.WriteMapAsync(context, parsed, new ColumnMapRequest(request.File, request.InstrumentId, template, request.Format,
                    request.RespondentColumn, request.MapFile), asJson, cancel);
            if (files.Length > 1 || Directory.Exists(context.Workspace(parsed).FullPath(request.File)))
                return await ImportHelpViews.ImportAllAsync(context, parsed, files, request, asJson, cancel);
            var import = new ImportResponses(context.Workspace(parsed));
            var outcome = asJson
                ? await import.RunAsync(request, null, cancel)
                : await new StageProgress(context.Terminal.Console).BarsAsync(keep: false, progress => import.RunAsync(request, progress, cancel));
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var summary = outcome switch
            {
                ImportOutcome.Committed c => c.Summary,
                ImportOutcome.AlreadyImported a => a.Summary,
                ImportOutcome.RolledBack r => r.Summary,
                _ => throw new InvalidOperationException($"Unknown import outcome {outcome.GetType().Name}."),
            };

            if (asJson) Json.Write(context.Terminal, summary);
            else
            {
                if (summary.DryRun) await ImportHelpViews.PreviewAsync(context, parsed, request, cancel);
                ImportViews.Render(context.Terminal.Console, summary);
            }
            return summary.Strict && summary.Rejected > 0 || summary.Imported + summary.Replaced == 0 && summary.Rejected > 0
                ? ExitCode.InvalidInput
                : ExitCode.Success;
        });
        return command;
    }

    /// <summary>--event-wave values as a map; null with the problem and its fix when one is not EVENT=WAVE with a valid wave name.</summary>
    private static Dictionary<string, string>? EventWaves(IEnumerable<string> pairs, out (string, string)? problem)
    {
        problem = null;
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                problem = ($"\"{Excerpt.Of(pair)}\" is not EVENT=WAVE", "Write each as EVENT=WAVE, e.g. baseline_arm_1=baseline");
                return null;
            }

            if (NameText.Problem(parts[1], "wave name") is { } name)
            {
                // NameText says what is wrong, then after a semicolon what to do.
                var fix = name.LastIndexOf("; ", StringComparison.Ordinal);
                problem = (name[..fix], name[(fix + 2)..]);
                return null;
            }

            map[parts[0]] = parts[1];
        }

        return map;
    }
}
