namespace MentorEval.Cli.App;

/// <summary>What the CLI reads from its surroundings: the working folder and environment variables. Replaceable in tests.</summary>
public class CliEnvironment
{
    public virtual string CurrentDirectory => Directory.GetCurrentDirectory();

    public virtual string? Variable(string name) => Environment.GetEnvironmentVariable(name);
}
