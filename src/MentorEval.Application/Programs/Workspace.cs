using MentorEval.Application.Files;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Import.Instruments;
using MentorEval.Storage.Database;

namespace MentorEval.Application.Programs;

/// <summary>
/// Where a front end works: its working folder (relative paths are taken from it), the database it was pointed at and
/// the instrument definitions folder in use. Opens the database and the definitions for a use case.
/// </summary>
/// <param name="Database">The database as the user gave it (--db), or null when left out.</param>
/// <param name="DatabaseVariable">MENTOREVAL_DB, or null when it is not set.</param>
/// <param name="InstrumentFolder">The definitions folder (see <see cref="InstrumentFolderOf"/>).</param>
public sealed record Workspace(string CurrentDirectory, string? Database, string? DatabaseVariable, string InstrumentFolder)
{
    /// <summary>
    /// Where instrument definitions come from: the option, then MENTOREVAL_INSTRUMENTS, then an <c>instruments/</c>
    /// folder in the working directory (a program's own edited copies), then the library shipped with the front end.
    /// </summary>
    public static string InstrumentFolderOf(string? option, string? variable, string currentDirectory, string shipped)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Path.GetFullPath(option, currentDirectory);
        if (variable is { Length: > 0 }) return Path.GetFullPath(variable, currentDirectory);
        var local = Path.Combine(currentDirectory, "instruments");
        return Directory.Exists(local) ? local : shipped;
    }

    /// <summary>The version of the front end's build of MentorEval, as a report's About sheet shows it.</summary>
    public string SoftwareVersion { get; init; } = "unknown";

    /// <summary>The database in use: --db, else MENTOREVAL_DB, else ./mentoreval.db. An empty value is refused (<see cref="StoreException"/>).</summary>
    internal StoreLocation Store => StoreLocation.Resolve(Database, DatabaseVariable, CurrentDirectory);

    /// <summary>A path the user gave, relative to the working folder.</summary>
    public string FullPath(string given) => Path.GetFullPath(given, CurrentDirectory);

    /// <summary>Opens (creating and migrating on first use) the database. One that cannot be used throws <see cref="StoreException"/>.</summary>
    internal Task<MentorEvalDb> OpenStoreAsync(CancellationToken cancel) => Storage.Database.Store.OpenAsync(Store, cancel);

    /// <summary>
    /// Refuses a use case that only reads a program (analyse, risk, report) when its SQLite file does not exist, rather
    /// than leave a new empty database behind in the working folder; null when there is one to open.
    /// </summary>
    internal Refusal? MissingDatabase() => MissingDatabase(Store);

    /// <inheritdoc cref="MissingDatabase()"/>
    internal static Refusal? MissingDatabase(StoreLocation location)
    {
        if (location.IsServer || File.Exists(location.Value)) return null;
        return new Diagnostic(location.Display, DiagnosticCodes.Database.Missing, $"There is no database at \"{location.Value}\" yet, so there is nothing to read.")
        {
            Fix = "Import the program's roster first ('mentoreval roster import FILE'), or point --db or MENTOREVAL_DB at the program's database.",
        };
    }

    /// <summary>The database as diagnostics name it: its path (a server's without the password), or the option when that is empty.</summary>
    internal string DatabaseName
    {
        get
        {
            try
            {
                return Store.Display;
            }
            catch (StoreException)
            {
                return Database is null ? "MENTOREVAL_DB" : "--db";
            }
        }
    }

    /// <summary>What no file a use case writes may replace: the database, the instrument definitions in use and <paramref name="inputs"/>.</summary>
    /// <param name="inputs">The files the use case reads, each with what it is ("the survey export").</param>
    internal OutputGuard Guard(params (string Path, string What)[] inputs) => new(Store, InstrumentFolder, inputs);

    internal InstrumentLibrary LoadLibrary() => InstrumentFiles.Load(InstrumentFolder);

    /// <summary>A path the user gave (relative to the working folder) of a file that must exist and be a regular file.</summary>
    internal Attempt<string> ExistingFile(string given, string what)
    {
        var path = FullPath(given);
        if (!File.Exists(path))
            return new Diagnostic(path, DiagnosticCodes.Input.Missing, $"No {what} at \"{path}\".") { Fix = $"Check the path (it is relative to {CurrentDirectory})." };
        if (InputFile.NotRegular(path, what) is { } refusal) return refusal;
        return path;
    }
}
