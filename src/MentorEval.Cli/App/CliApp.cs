using System.CommandLine;
using MentorEval.Cli.Instruments;
using MentorEval.Cli.Sample;

namespace MentorEval.Cli.App;

/// <summary>Builds the `mentoreval` command tree and runs one command line against a terminal.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, Terminal terminal, CliEnvironment environment)
    {
        var context = new CliContext(terminal, environment);
        var root = new RootCommand("MentorEval: survey and assessment analytics for mentoring programs.");
        root.Options.Add(context.InstrumentsOption);
        root.Subcommands.Add(InstrumentsCommand.Build(context));
        root.Subcommands.Add(SampleCommand.Build(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) terminal.Error.WriteLine($"error: {error.Message}");
            terminal.Error.WriteLine("Run 'mentoreval --help' (or '<command> --help') to see the usage.");
            return ExitCode.Usage;
        }

        try
        {
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
            terminal.Error.WriteLine($"error: {e.Message}");
            return ExitCode.InvalidInput;
        }
    }
}
