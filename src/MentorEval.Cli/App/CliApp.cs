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
using MentorEval.Storage.Database;

namespace MentorEval.Cli.App;

/// <summary>Builds the `mentoreval` command tree and runs one command line against a terminal.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, Terminal terminal, CliEnvironment environment)
    {
        var context = new CliContext(terminal, environment);
        var root = new RootCommand("MentorEval: survey and assessment analytics for mentoring programs.");
        root.Options.Add(context.InstrumentsOption);
        root.Options.Add(context.DbOption);
        root.Subcommands.Add(InstrumentsCommand.Build(context));
        root.Subcommands.Add(RosterCommand.Build(context));
        root.Subcommands.Add(ImportCommand.Build(context));
        root.Subcommands.Add(ScoreCommand.Build(context));
        root.Subcommands.Add(AnalyzeCommand.Build(context));
        root.Subcommands.Add(RiskCommand.Build(context));
        root.Subcommands.Add(ReportCommand.Build(context));
        root.Subcommands.Add(RetentionCommand.Build(context));
        root.Subcommands.Add(DemoCommand.Build(context));
        root.Subcommands.Add(SampleCommand.Build(context));

        // No response files: "--cohort @x" is the name "@x", never the contents of a file called x.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) terminal.Error.WriteLine($"error: {TerminalText.Lines(error.Message)}");
            terminal.Error.WriteLine("Run 'mentoreval --help' (or '<command> --help') to see the usage.");
            return ExitCode.Usage;
        }

        try
        {
            context.CheckNames(parsed);
            // Without this, System.CommandLine's own handler would print UserInputException as an unhandled crash.
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = terminal.Out,
                Error = terminal.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UserInputException e)
        {
            terminal.Error.WriteLine($"error: {TerminalText.Lines(e.Message)}");
            return ExitCode.InvalidInput;
        }
        catch (StoreException e)
        {
            // The database could not do what was asked (busy, unreachable, refused): its message says what to do.
            terminal.Error.WriteLine($"error: {TerminalText.Lines(e.Message)}");
            return ExitCode.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            terminal.Error.WriteLine("Cancelled. Nothing of the unfinished work was kept.");
            return ExitCode.InvalidInput;
        }
        catch (Exception e) when (environment.Variable("MENTOREVAL_DEBUG") is null)
        {
            // A bug, not the user's fault: say so plainly; MENTOREVAL_DEBUG=1 lets the stack trace through for a report.
            terminal.Error.WriteLine($"MentorEval hit an unexpected problem ({e.GetType().Name}: {TerminalText.Lines(e.Message)}). " +
                                     "Stored data is unchanged unless a step above said it finished. Run again with MENTOREVAL_DEBUG=1 for details to report.");
            return ExitCode.InvalidInput;
        }
    }
}
