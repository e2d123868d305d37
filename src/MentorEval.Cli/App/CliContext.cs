using System.CommandLine;
using System.CommandLine.Parsing;
using System.Reflection;
using MentorEval.Application;
using MentorEval.Application.Programs;
using MentorEval.Core.Diagnostics;
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
    /// of names: <see cref="CheckValues"/> refuses it before the command runs unless it is printable text of bounded length.
    /// </summary>
    public T Name<T>(T option, string what, char? separator = null) where T : Option
    {
        names.Add((option, what, separator));
        return option;
    }

    private readonly List<(Option Option, Func<ParseResult, Diagnostic?> Problem)> checks = [];

    /// <summary>
    /// Marks an option whose value has a rule of its own (a range, a date): <see cref="CheckValues"/> refuses a value
    /// that breaks it before the command runs, with <paramref name="problem"/>'s message and fix under <paramref name="code"/>
    /// (one of <see cref="DiagnosticCodes.Option"/>). The one place option values are checked.
    /// </summary>
    /// <param name="problem">What is wrong with the value (without the option's name, which the diagnostic gives) and what to give instead; null when it is fine.</param>
    public Option<T> Check<T>(Option<T> option, string code, Func<T, (string Message, string Fix)?> problem)
    {
        checks.Add((option, parsed => parsed.GetResult(option) is { } result && problem(result.GetValueOrDefault<T>()!) is { } wrong
            ? OptionError(option, code, wrong, Given(result))
            : null));
        return option;
    }

    /// <summary>A rule between several options (e.g. two that exclude each other), checked with the others and reported on <paramref name="option"/>.</summary>
    public void Check(Option option, string code, Func<ParseResult, (string Message, string Fix)?> problem) =>
        checks.Add((option, parsed => problem(parsed) is { } wrong ? OptionError(option, code, wrong, parsed.GetResult(option) is { } result ? Given(result) : null) : null));

    /// <summary>Every name that is not printable text of bounded length, and every value breaking its option's rule, each naming its option.</summary>
    public IReadOnlyList<Diagnostic> CheckValues(ParseResult parsed)
    {
        var problems = new List<Diagnostic>();
        foreach (var (option, what, separator) in names)
        {
            if (parsed.GetResult(option) is not { Implicit: false } result || result.GetValueOrDefault<string?>() is not { } value) continue;
            foreach (var name in separator is { } s ? value.Split(s, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [value])
            {
                // NameText says what is wrong, then after a semicolon what to do.
                if (NameText.Problem(name, what) is not { } problem) continue;
                var fix = problem.LastIndexOf("; ", StringComparison.Ordinal);
                problems.Add(OptionError(option, DiagnosticCodes.Option.NameInvalid, (problem[..fix], problem[(fix + 2)..]), name));
            }
        }

        foreach (var (option, problem) in checks)
        {
            if (parsed.CommandResult.Command.Options.Contains(option) && problem(parsed) is { } wrong) problems.Add(wrong);
        }

        return problems;
    }

    /// <summary>Shows a use case's refusal as every error is shown (<see cref="Reject"/>), and gives the exit code for wrong input.</summary>
    public int Refuse(IRefused refused, ParseResult parsed) => Reject(refused.Diagnostics, parsed);

    /// <summary>
    /// Shows what stops a command (a refusal, option values) through the one diagnostic renderer: each as an error line
    /// on stderr (<see cref="DiagnosticText.Line"/>), and, when the command was given --json, also as JSON on stdout with
    /// every field of each diagnostic, so a script reads the error where it reads results.
    /// </summary>
    public int Reject(IReadOnlyList<Diagnostic> diagnostics, ParseResult parsed)
    {
        foreach (var diagnostic in diagnostics) Terminal.Error.WriteLine($"error: {TerminalText.Lines(DiagnosticText.Line(diagnostic))}");
        if (parsed.CommandResult.Command.Options.OfType<Option<bool>>().FirstOrDefault(o => o.Name == "--json") is { } json && parsed.GetValue(json))
            Json.Write(Terminal, new { refused = true, diagnostics });
        return ExitCode.InvalidInput;
    }

    /// <summary>An option's value that breaks its rule: the diagnostic names the option where others name a file, and holds the value as given.</summary>
    private static Diagnostic OptionError(Option option, string code, (string Message, string Fix) wrong, string? given)
    {
        // A rule worded for a whole sentence ("--flag-share must be ...") does not repeat the option the diagnostic names.
        var message = wrong.Message.StartsWith(option.Name + " ", StringComparison.Ordinal) ? wrong.Message[(option.Name.Length + 1)..] : wrong.Message;
        return new Diagnostic(option.Name, code, Sentence(message, capital: false)) { Fix = Sentence(wrong.Fix, capital: true), Value = given };
    }

    /// <summary>The value as typed (several tokens for a repeated option).</summary>
    private static string? Given(OptionResult result) => result.Tokens.Count == 0 ? null : string.Join(" ", result.Tokens.Select(t => t.Value));

    /// <summary>A clause as a sentence: a full stop, and a capital first letter if asked (a message follows "--option: " as the clauses of other diagnostics do).</summary>
    private static string Sentence(string text, bool capital)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0) return trimmed;
        if (capital) trimmed = char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
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
}
