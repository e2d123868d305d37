using MentorEval.Cli.App;

namespace MentorEval.Cli.Tests.Support;

/// <summary>Runs `mentoreval` in memory, as a user would type it, and captures what it prints.</summary>
public static class CliHarness
{
    public sealed record Run(int ExitCode, string Output);

    public static Task<Run> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(new FixedEnvironment(workingDirectory), CancellationToken.None, args);

    /// <param name="cancel">Stands for Ctrl+C: cancelling it stops the command as the user's interrupt would.</param>
    public static async Task<Run> RunAsync(CliEnvironment environment, CancellationToken cancel, params string[] args)
    {
        var writer = new StringWriter();
        var exit = await CliApp.RunAsync(args, Terminal.Capture(writer), environment, cancel);
        return new Run(exit, writer.ToString());
    }

    /// <summary>An environment with a chosen working directory and, of the MENTOREVAL_* variables, only <paramref name="variables"/>
    /// (none from the machine running the tests).</summary>
    public class FixedEnvironment(string directory, IReadOnlyDictionary<string, string>? variables = null) : CliEnvironment
    {
        public override string CurrentDirectory => directory;

        public override string? Variable(string name) => variables?.GetValueOrDefault(name);
    }
}
