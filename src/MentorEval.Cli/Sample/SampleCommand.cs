using System.CommandLine;
using MentorEval.Cli.App;
using MentorEval.Core.Sample;
using MentorEval.Import.Sample;
using Spectre.Console;

namespace MentorEval.Cli.Sample;

/// <summary>`mentoreval sample generate`: a realistic synthetic program to try MentorEval on.</summary>
public static class SampleCommand
{
    public static Command Build(CliContext context)
    {
        var defaults = new SampleOptions();
        var output = new Option<string>("--out") { Description = "Folder to write the program to.", Required = true };
        var pairs = new Option<int>("--pairs") { Description = "Number of mentor–mentee pairs.", DefaultValueFactory = _ => defaults.Pairs };
        var cohorts = new Option<int>("--cohorts") { Description = "Number of cohorts, starting six months apart.", DefaultValueFactory = _ => defaults.Cohorts };
        var waves = context.Name(new Option<string>("--waves") { Description = "Wave names, comma-separated, in order.", DefaultValueFactory = _ => string.Join(",", defaults.Waves) }, "wave name", ',');
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same program.", DefaultValueFactory = _ => defaults.Seed };
        var format = new Option<SampleFormat>("--format") { Description = "Export layout: generic, qualtrics or redcap.", DefaultValueFactory = _ => SampleFormat.Generic };
        var complete = new Option<bool>("--complete") { Description = "Let the latest cohort finish too (by default it is still running)." };
        var json = CliContext.JsonOption();
        var generate = new Command("generate", "Write a synthetic program: roster, survey exports and program.json.")
            { output, pairs, cohorts, waves, seed, format, complete, json };
        generate.SetAction(parsed =>
        {
            var options = defaults with
            {
                Pairs = Positive(parsed.GetValue(pairs), "--pairs"),
                Cohorts = Positive(parsed.GetValue(cohorts), "--cohorts"),
                Waves = WaveList(parsed.GetValue(waves)!),
                Seed = parsed.GetValue(seed),
                LatestCohortInProgress = !parsed.GetValue(complete),
            };
            var instruments = context.LoadLibrary(parsed).Instruments.ToList();
            var folder = Path.GetFullPath(parsed.GetValue(output)!, context.Environment.CurrentDirectory);
            var program = new SampleProgramGenerator(instruments).Generate(options);
            using var outputs = new OutputFiles(context.OutputGuard(parsed));
            var manifest = SampleProgramWriter.Write(program, instruments, folder, SampleFiles(outputs, folder), parsed.GetValue(format));
            outputs.MoveIntoPlace();

            if (parsed.GetValue(json))
            {
                Json.Write(context.Terminal, new { folder, manifest });
                return ExitCode.Success;
            }

            var closed = program.Roster.Count(p => p.Status == Core.Pairs.PairStatus.ClosedEarly);
            context.Terminal.Console.MarkupLine($"[green]Wrote[/] {TerminalText.Escape(folder)}: {program.Roster.Count} pairs ({closed} closed early), " +
                                                $"{manifest.Surveys.Count} survey files, {manifest.Surveys.Sum(s => s.Responses)} responses.");
            context.Terminal.Console.MarkupLine(TerminalText.Escape(manifest.Description));
            context.Terminal.Console.MarkupLine("See program.json for which --instrument, --wave and --role each file needs.");
            return ExitCode.Success;
        });

        var command = new Command("sample", "Synthetic programs for demos and trying things out.");
        command.Subcommands.Add(generate);
        return command;
    }

    /// <summary>Opens each file of a sample program as an output of the command (written beside its place, then moved in).</summary>
    internal static Func<string, Stream> SampleFiles(OutputFiles outputs, string folder) =>
        path => outputs.Open(path, $"the sample file {Path.GetRelativePath(folder, path)}", "--out").Stream;

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new UserInputException($"{option} must be 1 or more (got {value}).");

    private static IReadOnlyList<string> WaveList(string text)
    {
        var waves = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (waves.Length == 0) throw new UserInputException("--waves needs at least one wave name, e.g. --waves baseline,midpoint,end.");
        if (waves.Distinct(StringComparer.OrdinalIgnoreCase).Count() != waves.Length)
            throw new UserInputException($"--waves lists a wave twice ({text}); give each wave once, in order.");
        return waves;
    }
}
