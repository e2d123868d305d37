namespace MentorEval.Cli.App;

/// <summary>What the CLI reads from its surroundings: the working folder and environment variables. Replaceable in tests.</summary>
public class CliEnvironment
{
    public virtual string CurrentDirectory => Directory.GetCurrentDirectory();

    public virtual string? Variable(string name) => Environment.GetEnvironmentVariable(name);

    /// <summary>
    /// Where instrument definitions come from: --instruments, then MENTOREVAL_INSTRUMENTS, then an
    /// <c>instruments/</c> folder in the working directory (a program's own edited copies), then the
    /// library shipped beside the executable.
    /// </summary>
    public string InstrumentFolder(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Path.GetFullPath(option, CurrentDirectory);
        if (Variable("MENTOREVAL_INSTRUMENTS") is { Length: > 0 } fromEnvironment)
            return Path.GetFullPath(fromEnvironment, CurrentDirectory);
        var local = Path.Combine(CurrentDirectory, "instruments");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "instruments");
    }
}
