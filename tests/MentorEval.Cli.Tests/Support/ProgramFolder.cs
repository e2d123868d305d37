using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Support;

/// <summary>
/// A program leader's folder for one test: the instrument, roster and exports of Imports/Fixtures copied into a scratch
/// folder (so rejects files land there, not beside the fixtures), and the program's database: a SQLite file in the folder
/// or a database of its own on the PostgreSQL test server. Commands run in memory from that folder, so its
/// <c>instruments/</c> is the definition library, as a program's own copies would be.
/// </summary>
public sealed class ProgramFolder : IDisposable
{
    private static readonly string Fixtures = System.IO.Path.Combine(AppContext.BaseDirectory, "Imports", "Fixtures");

    private readonly TemporaryFolder folder = new();
    private readonly TestDatabase database;

    public ProgramFolder(StoreKind store)
    {
        database = TestDatabase.Create(store, folder.Path);
        foreach (var file in Directory.EnumerateFiles(Fixtures, "*", SearchOption.AllDirectories))
        {
            var copy = PathOf(System.IO.Path.GetRelativePath(Fixtures, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Path => folder.Path;

    public StoreKind Store => database.Kind;

    /// <summary>What --db is given: the SQLite file's path or the PostgreSQL connection string.</summary>
    public string Database => database.Value;

    public string PathOf(string relative) => System.IO.Path.Combine(Path, relative);

    public string Write(string relative, string content) => folder.File(relative, content);

    /// <summary>Runs a command line against the program's database.</summary>
    public Task<CliHarness.Run> RunAsync(params string[] args) => CliHarness.RunAsync(Path, [.. args, "--db", Database]);

    public async Task ImportRosterAsync()
    {
        var run = await RunAsync("roster", "import", "roster.csv");
        run.ExitCode.ShouldBe(0, run.Output);
    }

    /// <summary>Imports an export for the fixture instrument (pair-pulse) and reads the summary printed with --json.</summary>
    public async Task<ImportRun> ImportAsync(string file, params string[] options) =>
        new(await RunAsync(["import", file, "--instrument", "pair-pulse", "--json", .. options]));

    public Task<DatabaseSnapshot> SnapshotAsync() => DatabaseSnapshot.TakeAsync(database);

    public Task<IReadOnlyList<StoredResponse>> ResponsesAsync() => StoredResponse.ReadAllAsync(Database);

    public void Dispose()
    {
        database.Dispose();
        folder.Dispose();
    }
}
