using System.CommandLine;
using System.Reflection;
using MentorEval.Application;
using MentorEval.Application.Programs;
using MentorEval.Core.Text;

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

    public Option<string?> DbOption { get; } = new("--db")
    {
        Description = "The program's database: a SQLite file, or a PostgreSQL connection string such as " +
                      "\"Host=HOST;Database=NAME;Username=USER;Password=...\" (default: MENTOREVAL_DB, else ./mentoreval.db).",
        Recursive = true,
    };

    private readonly List<(Option Option, string What, char? Separator)> names = [];

    /// <summary>
    /// Marks an option whose value is a name (a wave, cohort, program), or a <paramref name="separator"/>-separated list
    /// of names: <see cref="CheckNames"/> refuses it before the command runs unless it is printable text of bounded length.
    /// </summary>
    public T Name<T>(T option, string what, char? separator = null) where T : Option
    {
        names.Add((option, what, separator));
        return option;
    }

    /// <summary>Refuses a name that is not printable text of bounded length (see <see cref="NameText"/>), naming the option.</summary>
    public void CheckNames(ParseResult parsed)
    {
        foreach (var (option, what, separator) in names)
        {
            if (parsed.GetResult(option) is not { Implicit: false } result || result.GetValueOrDefault<string?>() is not { } value) continue;
            foreach (var name in separator is { } s ? value.Split(s, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [value])
            {
                if (NameText.Problem(name, what) is { } problem) throw new UserInputException($"{option.Name}: {problem}.");
            }
        }
    }

    private readonly List<(Option Option, Func<ParseResult, string?> Problem)> checks = [];

    /// <summary>
    /// Marks an option whose value has a rule of its own (a range, a date): <see cref="CheckValues"/> refuses a value
    /// that breaks it before the command runs, with <paramref name="problem"/>'s message. The one place option values are checked.
    /// </summary>
    public Option<T> Check<T>(Option<T> option, Func<T, string?> problem)
    {
        checks.Add((option, parsed => parsed.GetResult(option) is { } result ? problem(result.GetValueOrDefault<T>()!) : null));
        return option;
    }

    /// <summary>A rule between several options (e.g. two that exclude each other), checked with the others.</summary>
    public void Check(Option option, Func<ParseResult, string?> problem) => checks.Add((option, problem));

    /// <summary>Refuses a name that is not printable text of bounded length, or a value breaking its option's rule, naming the option.</summary>
    public void CheckValues(ParseResult parsed)
    {
        CheckNames(parsed);
        foreach (var (option, problem) in checks)
        {
            if (!parsed.CommandResult.Command.Options.Contains(option) || problem(parsed) is not { } message) continue;
            throw new UserInputException(message);
        }
    }

    /// <summary>Where the command works: the folder, the database and the instrument definitions it was pointed at.</summary>
    public Workspace Workspace(ParseResult parsed) =>
        new(Environment.CurrentDirectory, parsed.GetValue(DbOption), Environment.Variable("MENTOREVAL_DB"),
            Application.Programs.Workspace.InstrumentFolderOf(parsed.GetValue(InstrumentsOption), Environment.Variable("MENTOREVAL_INSTRUMENTS"),
                Environment.CurrentDirectory, Path.Combine(AppContext.BaseDirectory, "instruments")))
        {
            SoftwareVersion = SoftwareVersion,
        };

    /// <summary>The version of this build of MentorEval, as a report's About sheet shows it.</summary>
    public static string SoftwareVersion =>
        typeof(CliContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>Shows a use case's refusal as every error is shown, and gives the exit code for wrong input.</summary>
    public int Refuse(IRefused refused)
    {
        Terminal.Error.WriteLine($"error: {TerminalText.Lines(refused.Message)}");
        return ExitCode.InvalidInput;
    }
}
