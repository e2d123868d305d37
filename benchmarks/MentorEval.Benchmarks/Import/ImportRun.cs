using System.Diagnostics;
using System.Text.Json;
using MentorEval.Cli.App;

namespace MentorEval.Benchmarks.Import;

/// <summary>
/// One measured import, in a process of its own so that its peak memory is the import's alone: runs the real
/// `mentoreval import FILE --instrument mca-26 --wave baseline` command line in-process (the CLI's own entry point,
/// with --json so the counts can be checked) and prints one JSON line with the time and the peak working set.
/// </summary>
internal static class ImportRun
{
    public const string Command = "import-run";

    /// <param name="args">FILE DB INSTRUMENTS-FOLDER REJECTS</param>
    public static async Task<int> RunAsync(string[] args)
    {
        var (file, db, instruments, rejects) = (args[0], args[1], args[2], args[3]);
        string[] commandLine =
        [
            "import", file, "--instrument", "mca-26", "--wave", "baseline",
            "--db", db, "--instruments", instruments, "--rejects", rejects, "--json",
        ];

        var output = new StringWriter();
        Console.Error.WriteLine($"TIMING process start {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds:F2}");
        var clock = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(commandLine, Terminal.Capture(output), new CliEnvironment());
        clock.Stop();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var text = output.ToString();
        JsonElement? summary = null;
        try
        {
            summary = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException)
        {
            // Not JSON: an error message, passed on below.
        }

        Console.WriteLine(JsonSerializer.Serialize(new RunResult(
            exit,
            clock.Elapsed.TotalSeconds,
            process.TotalProcessorTime.TotalSeconds,
            process.PeakWorkingSet64,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
            GC.GetTotalAllocatedBytes(),
            summary?.GetProperty("rowsRead").GetInt32() ?? 0,
            summary?.GetProperty("imported").GetInt32() ?? 0,
            summary?.GetProperty("rejected").GetInt32() ?? 0,
            summary is null ? text : null)));
        return exit;
    }

    public sealed record RunResult(
        int Exit,
        double ImportSeconds,
        double ProcessorSeconds,
        long PeakWorkingSet,
        int Gen0,
        int Gen1,
        int Gen2,
        long AllocatedBytes,
        int RowsRead,
        int Imported,
        int Rejected,
        string? Error);
}
