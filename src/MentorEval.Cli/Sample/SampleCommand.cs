using System.CommandLine;
using MentorEval.Application;
using MentorEval.Application.Sample;
using MentorEval.Cli.App;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Sample;
using Spectre.Console;

namespace MentorEval.Cli.Sample;

/// <summary>`mentoreval sample generate`: a realistic synthetic program to try MentorEval on.</summary>
public static class SampleCommand
{
    public static Command Build(CliContext context)
    {
        var defaults = new SampleOptions();
        var output = new Option<string>("--out") { Description = "Folder to write the program to.", Required = true };
        var pairs = context.Check(new Option<int>("--pairs") { Description = "Number of mentor–mentee pairs.", DefaultValueFactory = _ => defaults.Pairs },
            DiagnosticCodes.Option.NumberOutOfRange, value => Positive(value, "pairs"));
        var cohorts = context.Check(new Option<int>("--cohorts") { Description = "Number of cohorts, starting six months apart.", DefaultValueFactory = _ => defaults.Cohorts },
            DiagnosticCodes.Option.NumberOutOfRange, value => Positive(value, "cohorts"));
        var waves = context.Check(
            context.Name(new Option<string>("--waves") { Description = "Wave names, comma-separated, in order.", DefaultValueFactory = _ => string.Join(",", defaults.Waves) }, "wave name", ','),
            DiagnosticCodes.Option.ListInvalid, text => WaveList(text, out var problem) is null ? problem : null);
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same program.", DefaultValueFactory = _ => defaults.Seed };
        var format = new Option<SampleLayout>("--format") { Description = "Export layout: generic, qualtrics or redcap.", DefaultValueFactory = _ => SampleLayout.Generic };
        var complete = new Option<bool>("--complete") { Description = "Let the latest cohort finish too (by default it is still running)." };
        var json = CommonOptions.Json();
        var generate = new Command("generate", "Write a synthetic program: roster, survey exports and program.json.")
            { output, pairs, cohorts, waves, seed, format, complete, json };
        generate.SetAction(async (parsed, cancel) =>
        {
            var options = defaults with
            {
                Pairs = parsed.GetValue(pairs),
                Cohorts = parsed.GetValue(cohorts),
                Waves = WaveList(parsed.GetValue(waves)!, out _)!,
                Seed = parsed.GetValue(seed),
                LatestCohortInProgress = !parsed.GetValue(complete),
            };
            var outcome = await new GenerateSample(context.Workspace(parsed)).RunAsync(new SampleRequest(parsed.GetValue(output)!, options, parsed.GetValue(format)), null, cancel);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var written = ((SampleOutcome.Generated)outcome).Program;

            if (parsed.GetValue(json))
            {
                Json.Write(context.Terminal, new { folder = written.Folder, manifest = written.Manifest });
                return ExitCode.Success;
            }

            context.Terminal.Console.MarkupLine($"[green]Wrote[/] {TerminalText.Escape(written.Folder)}: {written.Pairs} pairs ({written.ClosedEarly} closed early), " +
                                                $"{written.SurveyFiles} survey files, {written.Responses} responses.");
            context.Terminal.Console.MarkupLine(TerminalText.Escape(written.Description));
            context.Terminal.Console.MarkupLine("See program.json for which --instrument, --wave and --role each file needs.");
            return ExitCode.Success;
        });

        var command = new Command("sample", "Synthetic programs for demos and trying things out.");
        command.Subcommands.Add(generate);
        return command;
    }

    private static (string, string)? Positive(int value, string what) =>
        value > 0 ? null : ($"The number of {what} must be 1 or more (got {value})", "Give a whole number of 1 or more");

    /// <summary>The wave names in order; null with the problem and its fix when there are none or one is given twice.</summary>
    private static IReadOnlyList<string>? WaveList(string text, out (string, string)? problem)
    {
        problem = null;
        var waves = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (waves.Length == 0) problem = ("No wave is named", "Give at least one wave name, e.g. --waves baseline,midpoint,end");
        else if (waves.Distinct(StringComparer.OrdinalIgnoreCase).Count() != waves.Length) problem = ($"A wave is listed twice ({text})", "Give each wave once, in order");
        return problem is null ? waves : null;
    }
}
