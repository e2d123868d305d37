using System.CommandLine;
using MentorEval.Core.Instruments;

namespace MentorEval.Cli.App;

/// <summary>What every command shares: the terminal, the environment and the options that apply everywhere.</summary>
public sealed class CliContext(Terminal terminal, CliEnvironment environment)
{
    public Terminal Terminal { get; } = terminal;

    public CliEnvironment Environment { get; } = environment;

    public Option<string?> InstrumentsOption { get; } = new("--instruments")
    {
        Description = "Folder of instrument definitions (default: MENTOREVAL_INSTRUMENTS, ./instruments, or the shipped library).",
        Recursive = true,
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Print machine-readable JSON instead of tables." };

    public InstrumentLibrary LoadLibrary(ParseResult parsed) =>
        InstrumentLibrary.Load(Environment.InstrumentFolder(parsed.GetValue(InstrumentsOption)));
}
