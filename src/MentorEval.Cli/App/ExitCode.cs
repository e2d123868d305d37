namespace MentorEval.Cli.App;

/// <summary>What the process tells the shell: scripts rely on these values (README, "Exit codes").</summary>
public static class ExitCode
{
    public const int Success = 0;

    /// <summary>The input (a file, a definition, an option's value) is wrong, or validation failed.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself could not be understood.</summary>
    public const int Usage = 2;

    /// <summary>A bug in MentorEval, not the user's doing (sysexits' EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>The user stopped the command (Ctrl+C, or the system asked it to stop): 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
