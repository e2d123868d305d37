using MentorEval.Cli.App;

namespace MentorEval.Cli.Tests.Support;

/// <summary>Runs `mentoreval` in memory, as a user would type it, and captures what it prints.</summary>
public static class CliHarness
{
    public sealed record Run(int ExitCode, string Output);

    public static async Task<Run> RunAsync(string workingDirectory, params string[] args)
    {
        var writer = new StringWriter();
        var exit = await CliApp.RunAsync(args, Terminal.Capture(writer), new FixedEnvironment(workingDirectory));
        return new Run(exit, writer.ToString());
    }

    /// <summary>An environment with a chosen working directory and no MENTOREVAL_* variables from the machine running the tests.</summary>
    private sealed class FixedEnvironment(string directory) : CliEnvironment
    {
        public override string CurrentDirectory => directory;

        public override string? Variable(string name) => null;
    }
}
