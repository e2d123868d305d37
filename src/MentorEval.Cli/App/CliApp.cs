using System.CommandLine;
using MentorEval.Cli.Analysis;
using MentorEval.Cli.Demo;
using MentorEval.Cli.Imports;
using MentorEval.Cli.Instruments;
using MentorEval.Cli.Reports;
using MentorEval.Cli.Retention;
using MentorEval.Cli.Risk;
using MentorEval.Cli.Roster;
using MentorEval.Cli.Sample;
using MentorEval.Cli.Scoring;
using MentorEval.Cli.Validity;

namespace MentorEval.Cli.App;

/// <summary>Builds the `mentoreval` command tree and runs one command line against a terminal.</summary>
public static class CliApp
{
    /// <param name="cancel">Cancelled when the user stops the command (Ctrl+C): it then rolls back and returns <see cref="ExitCode.Cancelled"/>.</param>
    public static async Task<int> RunAsync(string[] args, Terminal terminal, CliEnvironment environment, CancellationToken cancel = default)
    {
        var context = new CliContext(terminal, environment);
        var root = new RootCommand("MentorEval: survey and assessment analytics for mentoring programs.");
        root.Options.Add(context.InstrumentsOption);
        root.Options.Add(context.DbOption);
        root.Subcommands.Add(InstrumentsCommand.Build(context));
        root.Subcommands.Add(RosterCommand.Build(context));
        root.Subcommands.Add(ImportCommand.Build(context));
        root.Subcommands.Add(ScoreCommand.Build(context));
        root.Subcommands.Add(ValidityCommand.Build(context));
        root.Subcommands.Add(AnalyzeCommand.Build(context));
        root.Subcommands.Add(RiskCommand.Build(context));
        root.Subcommands.Add(ReportCommand.Build(context));
        root.Subcommands.Add(RetentionCommand.Build(context));
        root.Subcommands.Add(DemoCommand.Build(context));
        root.Subcommands.Add(SampleCommand.Build(context));

        HelpText.Apply(root, terminal);
        // No response files: "--cohort @x" is the name "@x", never the contents of a file called x.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0) return UsageErrors.Report(parsed, terminal);

        if (context.CheckValues(parsed) is { Count: > 0 } wrong) return context.Reject(wrong, parsed);
        try
        {
            // Without this, System.CommandLine's own handler would print an exception as an unhandled crash, not ours.
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = terminal.Out,
                Error = terminal.Error,
                EnableDefaultExceptionHandler = false,
                // Signals are ours (StopSignals): System.CommandLine's handler would return after two seconds even while a
                // rollback is still running, and exit before it ends.
                ProcessTerminationTimeout = null,
            }, cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            terminal.Error.WriteLine("Cancelled. Nothing of the unfinished work was kept.");
            return ExitCode.Cancelled;
        }
        catch (Exception e)
        {
            // A bug, not the user's fault: say so plainly and ask for a report; MENTOREVAL_DEBUG=1 adds where it happened.
            terminal.Error.WriteLine($"MentorEval hit an unexpected problem ({e.GetType().Name}: {TerminalText.Lines(e.Message)}). " +
                                     "Stored data is unchanged unless a step above said it finished. This is a bug in MentorEval: please report it, " +
                                     "with the output of the same command run again with MENTOREVAL_DEBUG=1.");
            if (environment.Variable("MENTOREVAL_DEBUG") is { Length: > 0 }) terminal.Error.WriteLine(e.ToString());
            return ExitCode.InternalError;
        }
    }
}
