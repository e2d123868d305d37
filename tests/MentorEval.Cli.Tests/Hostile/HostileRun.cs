using System.Security.Cryptography;
using MentorEval.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace MentorEval.Cli.Tests.Hostile;

/// <summary>
/// Runs one hostile command line against a program folder and checks what must hold whatever the input: the command
/// ends within a bounded time, with exit code 0, 1 or 2 and never the "unexpected problem" of a crash; it prints no
/// control character that could drive the terminal and no runaway output; the program's files (exports, roster,
/// instrument definitions) are byte for byte as they were, but for a file the command line names as an output that is
/// neither what the command reads nor a definition; and the database is as it was unless the command succeeded,
/// in which case it only gained rows (no stored row changed or went) and still passes SQLite's integrity check.
/// Returns a description of every broken rule, empty when all hold, so a generated batch can report every failing case.
/// </summary>
public static class HostileRun
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    // A summary lists at most 20 rejects with values cut to a readable length: far less than this.
    private const int MaxOutputChars = 200_000;

    public sealed record Outcome(CliHarness.Run? Run, IReadOnlyList<string> Broken)
    {
        public int ExitCode => Run?.ExitCode ?? -1;

        public string Output => Run?.Output ?? "";
    }

    /// <param name="useProgramDatabase">false when <paramref name="args"/> name a --db of their own: the program's
    /// database must then stay exactly as it was whatever the command did.</param>
    public static async Task<Outcome> CheckAsync(ProgramFolder program, string[] args, bool useProgramDatabase = true)
    {
        var protectedFiles = Fingerprint(program.Path, program.Database)
            .Where(f => !MayWrite(program.Path, args, f.Key)).ToDictionary();
        var before = await program.SnapshotAsync();
        var broken = new List<string>();

        var running = useProgramDatabase ? program.RunAsync(args) : CliHarness.RunAsync(program.Path, args);
        if (await Task.WhenAny(running, Task.Delay(Bound)) != running)
            return new Outcome(null, [$"did not end within {Bound.TotalSeconds:0} s"]);

        CliHarness.Run run;
        try
        {
            run = await running;
        }
        catch (Exception e)
        {
            return new Outcome(null, [$"threw {e.GetType().Name}: {e.Message}"]);
        }

        if (run.ExitCode is not (0 or 1 or 2)) broken.Add($"exit code {run.ExitCode}");
        if (run.Output.Contains("unexpected problem", StringComparison.Ordinal)) broken.Add("crashed: " + Cut(run.Output));
        if (run.Output.Length > MaxOutputChars) broken.Add($"printed {run.Output.Length:N0} characters");
        var control = run.Output.FirstOrDefault(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        if (control != default) broken.Add($"printed the control character U+{(int)control:X4}");

        foreach (var (file, hash) in protectedFiles)
        {
            if (!File.Exists(file)) broken.Add($"{Path.GetRelativePath(program.Path, file)} was deleted");
            else if (Hash(file) != hash) broken.Add($"{Path.GetRelativePath(program.Path, file)} was changed");
        }

        // A command that failed, or worked on another database, must leave every stored row as it was; one that
        // succeeded may have added or updated rows (a roster re-import, --replace), but the file must stay sound.
        var mustBeUnchanged = run.ExitCode != 0 || !useProgramDatabase;
        try
        {
            var after = await program.SnapshotAsync();
            if (mustBeUnchanged && after.RowsAddedSince(before) is { Count: > 0 } added)
                broken.Add($"exit code {run.ExitCode} but rows were stored: {string.Join(", ", added.Select(a => $"{a.Key} +{a.Value}"))}");
            if (program.Store == Testing.Stores.StoreKind.Sqlite && IntegrityCheck(program.Database) is var integrity && integrity != "ok")
                broken.Add($"integrity check: {integrity}");
        }
        catch (Exception e)
        {
            broken.Add((mustBeUnchanged ? "stored rows changed or the database was damaged: " : "the database was damaged: ") + Cut(e.Message));
        }

        return new Outcome(run, broken);
    }

    /// <summary>Every file of the program folder but the database and what SQLite keeps beside it, links, and rejects
    /// files (an import replaces the one beside its export).</summary>
    private static Dictionary<string, string> Fingerprint(string folder, string database) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(database, StringComparison.Ordinal) && new FileInfo(f).LinkTarget is null)
            .Where(f => !f.EndsWith(".rejects.csv", StringComparison.Ordinal))
            .ToDictionary(f => f, Hash);

    private static readonly string[] OutputOptions = ["--out", "--rejects", "--reliability", "--model"];

    /// <summary>
    /// Whether the command line asks to write <paramref name="file"/>: a file named by an output option (through links)
    /// is the user's to replace, unless it is what the command reads or an instrument definition, which no output may
    /// replace.
    /// </summary>
    private static bool MayWrite(string folder, string[] args, string file)
    {
        var real = RealPath(file);
        var targets = args.Zip(args.Skip(1)).Where(a => OutputOptions.Contains(a.First) && !string.IsNullOrWhiteSpace(a.Second)).Select(a => RealPath(Path.GetFullPath(a.Second, folder)));
        var input = args is ["import" or "score", var read, ..] ? RealPath(Path.GetFullPath(read, folder)) : null;
        var definition = real.StartsWith(RealPath(Path.Combine(folder, "instruments")) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return targets.Contains(real) && real != input && !definition;
    }

    private static string RealPath(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    private static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    public static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
