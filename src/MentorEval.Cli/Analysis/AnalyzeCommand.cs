using System.CommandLine;
using MentorEval.Cli.App;
using MentorEval.Core.Analysis;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;

namespace MentorEval.Cli.Analysis;

/// <summary>`mentoreval analyze --cohort C`: summaries, change and mentor–mentee agreement from stored responses.</summary>
public static class AnalyzeCommand
{
    public static Command Build(CliContext context)
    {
        var cohort = context.Name(new Option<string>("--cohort") { Description = "The cohort to analyse.", Required = true }, "cohort name");
        var wave = context.Name(new Option<string?>("--wave") { Description = "The wave for change, comparisons and dyads (default: each instrument's latest for the cohort)." }, "wave name");
        var compareWave = context.Name(new Option<string?>("--compare-wave") { Description = "The earlier wave to measure change from (default: each instrument's first for the cohort)." }, "wave name");
        var instrument = new Option<string?>("--instrument") { Description = "Only this instrument." };
        var minCell = new Option<int>("--min-cell") { Description = "Withhold statistics of groups smaller than this (default 5).", DefaultValueFactory = _ => 5 };
        var json = CliContext.JsonOption();
        var command = new Command("analyze", "Scale summaries by wave and role, response rates, pre/post change, cohort comparisons and mentor–mentee agreement.")
            { cohort, wave, compareWave, instrument, minCell, json };
        command.SetAction(async (parsed, cancel) =>
        {
            if (parsed.GetValue(minCell) < 1) throw new UserInputException("--min-cell must be 1 or more.");
            await using var db = await context.OpenExistingStoreAsync(parsed, cancel);
            var roster = await RosterStore.LoadAsync(db, cancel);
            var name = parsed.GetValue(cohort)!;
            if (!roster.Any(p => p.Cohort == name))
            {
                var known = roster.Select(p => p.Cohort).Distinct().Order(StringComparer.Ordinal).ToList();
                throw new UserInputException($"No cohort \"{name}\" in the roster of {context.StoreLocation(parsed).Display}. " +
                                             (known.Count == 0 ? "Import a roster first ('mentoreval roster import FILE')." : $"Known cohorts: {string.Join(", ", known)}."));
            }

            var instruments = (await ResponseStore.LoadAsync(db, cancel))
                .Where(i => parsed.GetValue(instrument) is not { } only || i.Instrument.Id == only).ToList();
            var waves = CohortAnalysis.WaveOrder(instruments.SelectMany(i => i.Responses).Where(r => r.Cohort == name));
            foreach (var given in new[] { parsed.GetValue(wave), parsed.GetValue(compareWave) })
            {
                if (given is not null && !waves.Contains(given))
                    throw new UserInputException($"Cohort \"{name}\" has no responses at wave \"{given}\". Its waves: {(waves.Count == 0 ? "none yet" : string.Join(", ", waves))}.");
            }

            var report = CohortAnalysis.Run(new AnalysisRequest(name, roster, instruments, parsed.GetValue(wave), parsed.GetValue(compareWave), parsed.GetValue(minCell)));
            if (parsed.GetValue(json)) Json.Write(context.Terminal, report);
            else AnalysisViews.Render(context.Terminal.Console, report);
            return ExitCode.Success;
        });
        return command;
    }
}
