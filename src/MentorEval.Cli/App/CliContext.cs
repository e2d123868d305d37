using System.CommandLine;
using MentorEval.Core.Instruments;
using MentorEval.Core.Text;
using MentorEval.Storage.Database;

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

    public StoreLocation StoreLocation(ParseResult parsed) =>
        Storage.Database.StoreLocation.Resolve(parsed.GetValue(DbOption), Environment.Variable("MENTOREVAL_DB"), Environment.CurrentDirectory);

    /// <summary>
    /// Opens (creating and migrating on first use) the database the command line points at. A database that cannot be
    /// used throws <see cref="StoreException"/>, which the app prints as an error.
    /// </summary>
    public Task<MentorEvalDb> OpenStoreAsync(ParseResult parsed, CancellationToken cancel) => OpenStoreAsync(StoreLocation(parsed), cancel);

    /// <summary>
    /// Opens the database for a command that only reads a program (analyze, risk, report): a SQLite file that does not
    /// exist is an error, not a new empty database left behind in the working folder.
    /// </summary>
    public Task<MentorEvalDb> OpenExistingStoreAsync(ParseResult parsed, CancellationToken cancel) => OpenExistingStoreAsync(StoreLocation(parsed), cancel);

    /// <inheritdoc cref="OpenExistingStoreAsync(ParseResult, CancellationToken)"/>
    public Task<MentorEvalDb> OpenExistingStoreAsync(StoreLocation location, CancellationToken cancel)
    {
        if (!location.IsServer && !File.Exists(location.Value))
            throw new UserInputException($"There is no database at \"{location.Value}\" yet, so there is nothing to read. Import the program's roster first " +
                                         "('mentoreval roster import FILE'), or point --db or MENTOREVAL_DB at the program's database.");
        return OpenStoreAsync(location, cancel);
    }

    /// <summary>Opens (creating and migrating on first use) a database the command chose itself.</summary>
    public Task<MentorEvalDb> OpenStoreAsync(StoreLocation location, CancellationToken cancel) => Store.OpenAsync(location, cancel);

    /// <summary>A path the user gave, relative to the working directory; the file must exist and be a regular file.</summary>
    public string ExistingFile(string given, string what)
    {
        var path = Path.GetFullPath(given, Environment.CurrentDirectory);
        if (!File.Exists(path))
            throw new UserInputException($"No {what} at \"{path}\". Check the path (it is relative to {Environment.CurrentDirectory}).");
        RequireRegularFile(path, what);
        return path;
    }

    /// <summary>What no file this command writes may replace: the database, the instrument definitions in use and <paramref name="inputs"/>.</summary>
    /// <param name="inputs">The files the command reads, each with what it is ("the survey export").</param>
    public OutputGuard OutputGuard(ParseResult parsed, params (string Path, string What)[] inputs) =>
        new(StoreLocation(parsed), Environment.InstrumentFolder(parsed.GetValue(InstrumentsOption)), inputs);

    /// <summary>
    /// Refuses a device or a pipe (/dev/zero, /dev/stdin, a FIFO): reading one may never end, and opening a FIFO waits
    /// for a writer. On Linux the system says what kind of file a path is (<see cref="FileIdentity"/>); elsewhere such a
    /// file is told by showing a size of 0 and still giving bytes, while an empty file gives none.
    /// </summary>
    public static void RequireRegularFile(string path, string what)
    {
        var kind = FileIdentity.Of(path)?.Kind;
        if (kind == FileKind.Regular) return;
        if (kind is null && new FileInfo(path).Length > 0) return;
        if (kind is null)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            if (stream.ReadByte() < 0) return;
        }

        throw new UserInputException($"\"{path}\" is not a regular file (it is a device or a pipe, whose reading may never end), so it was not read as a {what}. " +
                                     $"Save the {what} as a file and give that file's path.");
    }

    public static Option<bool> JsonOption() => new("--json") { Description = "Print machine-readable JSON instead of tables." };

    public InstrumentLibrary LoadLibrary(ParseResult parsed) =>
        InstrumentLibrary.Load(Environment.InstrumentFolder(parsed.GetValue(InstrumentsOption)));
}
