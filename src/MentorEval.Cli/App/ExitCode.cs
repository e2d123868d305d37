namespace MentorEval.Cli.App;

/// <summary>What the process tells the shell: scripts rely on these three values.</summary>
public static class ExitCode
{
    public const int Success = 0;

    /// <summary>The input (a file, a definition, an option's value) is wrong, or validation failed.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself could not be understood.</summary>
    public const int Usage = 2;
}
