using System.CommandLine;
using MentorEval.Core.Instruments;
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

    public StoreLocation StoreLocation(ParseResult parsed) =>
        Storage.Database.StoreLocation.Resolve(parsed.GetValue(DbOption), Environment.Variable("MENTOREVAL_DB"), Environment.CurrentDirectory);

    /// <summary>
    /// Opens (creating and migrating on first use) the database the command line points at. A database that cannot be
    /// used throws <see cref="StoreException"/>, which the app prints as an error.
    /// </summary>
    public Task<MentorEvalDb> OpenStoreAsync(ParseResult parsed, CancellationToken cancel) => OpenStoreAsync(StoreLocation(parsed), cancel);

    /// <summary>Opens (creating and migrating on first use) a database the command chose itself.</summary>
    public Task<MentorEvalDb> OpenStoreAsync(StoreLocation location, CancellationToken cancel) => Store.OpenAsync(location, cancel);

    /// <summary>A path the user gave, relative to the working directory; the file must exist.</summary>
    public string ExistingFile(string given, string what)
    {
        var path = Path.GetFullPath(given, Environment.CurrentDirectory);
        if (!File.Exists(path))
            throw new UserInputException($"No {what} at \"{path}\". Check the path (it is relative to {Environment.CurrentDirectory}).");
        return path;
    }

    /// <summary>What no file this command writes may replace: the database, the instrument definitions in use and <paramref name="inputs"/>.</summary>
    /// <param name="inputs">The files the command reads, each with what it is ("the survey export").</param>
    public OutputGuard OutputGuard(ParseResult parsed, params (string Path, string What)[] inputs) =>
        new(StoreLocation(parsed), Environment.InstrumentFolder(parsed.GetValue(InstrumentsOption)), inputs);

    public static Option<bool> JsonOption() => new("--json") { Description = "Print machine-readable JSON instead of tables." };

    public InstrumentLibrary LoadLibrary(ParseResult parsed) =>
        InstrumentLibrary.Load(Environment.InstrumentFolder(parsed.GetValue(InstrumentsOption)));
}
