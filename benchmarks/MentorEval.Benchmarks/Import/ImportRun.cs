using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace MentorEval.Benchmarks.Import;

/// <summary>
/// One measured import: the real `mentoreval` executable (built beside this project, with its own runtime settings)
/// running `import FILE --instrument mca-26 --wave baseline` in a process of its own, so the peak memory is the
/// import's alone. Under GNU time (/usr/bin/time, Debian package "time") when present, which reports the peak resident
/// set and the CPU time; otherwise the peak is sampled from /proc while the process runs.
/// </summary>
internal static class ImportRun
{
    public static async Task<RunResult> RunAsync(string export, string db, string instruments, string rejects)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "mentoreval.exe" : "mentoreval");
        string[] import =
        [
            cli, "import", export, "--instrument", "mca-26", "--wave", "baseline",
            "--db", db, "--instruments", instruments, "--rejects", rejects, "--json",
        ];
        var timeReport = Path.GetTempFileName();
        var gnuTime = File.Exists("/usr/bin/time");
        var start = new ProcessStartInfo(gnuTime ? "/usr/bin/time" : cli) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in gnuTime ? ["-o", timeReport, "-f", "%M %U %S", .. import] : import[1..]) start.ArgumentList.Add(arg);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var sampledPeak = 0L;
        while (!gnuTime && !process.HasExited)
        {
            sampledPeak = Math.Max(sampledPeak, PeakOf(process.Id));
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(50));
        }

        await process.WaitForExitAsync();
        clock.Stop();

        long peak = sampledPeak;
        double? cpu = null;
        if (gnuTime && File.ReadAllText(timeReport).Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var kb, var user, var system, ..])
        {
            peak = long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            cpu = double.Parse(user, CultureInfo.InvariantCulture) + double.Parse(system, CultureInfo.InvariantCulture);
        }

        File.Delete(timeReport);
        var text = await output;
        try
        {
            var summary = JsonDocument.Parse(text).RootElement;
            return new RunResult(process.ExitCode, clock.Elapsed.TotalSeconds, cpu, peak, gnuTime,
                summary.GetProperty("rowsRead").GetInt32(), summary.GetProperty("imported").GetInt32(), summary.GetProperty("rejected").GetInt32(), null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new RunResult(process.ExitCode, clock.Elapsed.TotalSeconds, cpu, peak, gnuTime, 0, 0, 0, text + await error);
        }
    }

    /// <summary>The peak resident set so far (VmHWM) of a process, or 0 when /proc cannot tell.</summary>
    private static long PeakOf(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <param name="Seconds">Wall time of the whole process, start to exit.</param>
    /// <param name="ProcessorSeconds">User plus system CPU time, when GNU time measured it.</param>
    /// <param name="PeakBytes">Peak resident set (what `time -v` calls maximum resident set size).</param>
    /// <param name="PeakExact">False when the peak was sampled every 50 ms rather than reported by GNU time.</param>
    public sealed record RunResult(
        int Exit,
        double Seconds,
        double? ProcessorSeconds,
        long PeakBytes,
        bool PeakExact,
        int RowsRead,
        int Imported,
        int Rejected,
        string? Error);
}
