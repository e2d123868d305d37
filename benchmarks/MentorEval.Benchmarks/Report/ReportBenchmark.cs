using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace MentorEval.Benchmarks.Report;

/// <summary>
/// The report target of issue #6: `mentoreval report` for one cohort of 10,000 pairs answering 3 waves in both roles.
/// The program is generated and imported once (through the real `sample generate` and `demo` commands, cached in
/// $TMPDIR/mentoreval-report-bench); each run is then the real executable in a new process, start to exit: loading the
/// responses, analysis, reliability, risk rules, charts, the workbook and the brief.
/// <code>dotnet run -c Release --project benchmarks/MentorEval.Benchmarks -- report [--pairs 10000] [--runs 3]</code>
/// </summary>
internal static class ReportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var pairs = Option(args, "--pairs", 10_000);
        var runs = Option(args, "--runs", 3);
        var work = Path.Combine(Path.GetTempPath(), "mentoreval-report-bench");
        var program = Path.Combine(work, $"program-{pairs}");
        var prepared = Path.Combine(work, $"prepared-{pairs}");
        var database = Path.Combine(prepared, "mentoreval.db");
        if (!File.Exists(database))
        {
            Console.WriteLine($"Preparing {pairs} pairs × 3 waves × 2 roles (once; cached in {work})...");
            await Cli("sample", "generate", "--out", program, "--pairs", pairs.ToString(CultureInfo.InvariantCulture), "--cohorts", "1",
                "--waves", "baseline,month-6,end", "--seed", "6");
            await Cli("demo", "--sample", program, "--out", prepared, "--json");
        }

        var cohort = File.ReadLines(Path.Combine(program, "roster.csv")).Skip(1).First().Split(',')[1];
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; load {Load()}; cohort {cohort}, {pairs} pairs");
        var seconds = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var output = Path.Combine(work, $"run-{Environment.ProcessId}");
            var clock = Stopwatch.StartNew();
            var result = await Cli("report", "--cohort", cohort, "--db", database, "--out", output, "--json");
            clock.Stop();
            seconds.Add(clock.Elapsed.TotalSeconds);
            using var written = JsonDocument.Parse(result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {clock.Elapsed.TotalSeconds,6:F2} s   {written.RootElement.GetProperty("responses").GetInt32()} responses, " +
                $"{written.RootElement.GetProperty("charts").GetArrayLength()} charts, workbook {new FileInfo(written.RootElement.GetProperty("workbook").GetString()!).Length / 1e6:F1} MB, " +
                $"brief {new FileInfo(written.RootElement.GetProperty("brief").GetString()!).Length / 1e3:F0} kB   load {Load()}"));
            Directory.Delete(output, recursive: true);
        }

        seconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall time: median {seconds[seconds.Count / 2]:F2} s [{seconds[0]:F2} – {seconds[^1]:F2}]"));
        return 0;
    }

    /// <summary>Runs the `mentoreval` executable built beside this project; its standard output, or an exception when it fails.</summary>
    private static async Task<string> Cli(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "mentoreval.exe" : "mentoreval"))
            { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"mentoreval {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await errors}");
        return await output;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
