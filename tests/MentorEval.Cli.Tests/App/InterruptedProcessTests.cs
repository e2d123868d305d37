using System.Diagnostics;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.App;

/// <summary>
/// The built `mentoreval`, given Ctrl+C (SIGINT) in the middle of a large import into a database that already holds a
/// batch: it stops, rolls back, says so and exits 130, and the database holds what it held before.
/// </summary>
public sealed class InterruptedProcessTests
{
    private const int Rows = 300_000;

    private static readonly string MentorEval = Path.Combine(AppContext.BaseDirectory, "mentoreval.dll");

    [Fact]
    public async Task Ctrl_C_during_an_import_exits_130_and_the_database_keeps_what_it_had()
    {
        // Signals and env(1) are a Linux matter here; the CI runs on Linux.
        if (!OperatingSystem.IsLinux()) return;
        using var program = new ProgramFolder(StoreKind.Sqlite);
        (await program.ImportAsync("exports/generic.csv")).Summary.Imported.ShouldBe(3);
        var before = await program.SnapshotAsync();
        LargeExport.Write(program.PathOf("large.csv"), Rows);

        // A shell, as a user's, runs the import and presses Ctrl+C (sends SIGINT) once the batch is being written: on a pipe
        // there is no progress bar, so the sign is the rejects file the first row starts. It then prints the exit code.
        var rejects = $"{program.Path}/.rejects.csv.*.partial";
        var script = $"""
            env --default-signal=INT "$@" &
            import=$!
            until ls {rejects} >/dev/null 2>&1 || ! kill -0 $import 2>/dev/null; do sleep 0.01; done
            kill -INT $import
            wait $import
            echo "exit code $?"
            """;
        using var shell = Start(program.Path, script, "import", "large.csv", "--instrument", "pair-pulse", "--db", program.Database, "--rejects", "rejects.csv");
        var output = shell.StandardOutput.ReadToEndAsync();
        var error = shell.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await shell.WaitForExitAsync(patience.Token);

        (await output).ShouldEndWith($"exit code 130{Environment.NewLine}", Case.Sensitive, await output + await error);
        (await error).ShouldContain("Cancelled. Nothing of the unfinished work was kept.");
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
        (await program.ResponsesAsync()).Select(r => r.RespondentId).ShouldBe(["MT-01", "ME-01", "MT-03"]);
    }

    /// <summary>Runs <paramref name="script"/> in sh with the built `mentoreval` and <paramref name="args"/> as its arguments.</summary>
    private static Process Start(string folder, string script, params string[] args)
    {
        var start = new ProcessStartInfo("sh")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // env(1) gives the import default SIGINT handling, which sh takes from a command it runs in the background.
        foreach (var arg in (string[])["-c", script, "sh", Dotnet.Host, MentorEval, .. args]) start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MENTOREVAL_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        return Process.Start(start)!;
    }
}
