using System.Collections.Concurrent;
using System.Text.Json;
using MentorEval.Application;
using MentorEval.Application.Programs;
using MentorEval.Application.Reports;

namespace MentorEval.Web.Api;

/// <summary>A report made earlier: when, for which cohort, and the names of its files (the workbook, then the brief).</summary>
public sealed record StoredReport(string Id, string Cohort, DateTimeOffset MadeAt, IReadOnlyList<string> Files);

/// <summary>A report being made: the step the use case last reported, and how it ended once it has.</summary>
public sealed class ReportRun(string id, string cohort)
{
    public string Id { get; } = id;

    public string Cohort { get; } = cohort;

    public string Step { get; internal set; } = "Starting";

    public bool Finished { get; internal set; }

    /// <summary>Why no report was made, once finished without one.</summary>
    public string? Problem { get; internal set; }

    /// <summary>The making itself, done when <see cref="Finished"/> is.</summary>
    public Task Job { get; internal set; } = Task.CompletedTask;
}

/// <summary>
/// The reports the web app made, each in a folder of its own under the app's data folder (never the web root), with a
/// small record of what it holds. A file is served only when its report and its name are on that record, so no name
/// sent in an address can reach another file.
/// </summary>
public sealed class ReportShelf(string folder, TimeProvider time, ILogger<ReportShelf> log)
{
    private const string Record = "report.json";
    private const string ProgramTitle = "Mentoring program";
    private readonly ConcurrentDictionary<string, ReportRun> runs = new(StringComparer.Ordinal);

    /// <summary>Starts making the cohort's report (the BuildReport use case, as the CLI's report command) and returns at once.</summary>
    public ReportRun Start(Workspace workspace, string cohort)
    {
        var now = time.GetUtcNow();
        var id = $"{now:yyyyMMdd-HHmmss}-{Path.GetRandomFileName().Replace(".", "", StringComparison.Ordinal)[..6]}";
        var run = runs[id] = new ReportRun(id, cohort);
        var output = Path.Combine(folder, id);
        Directory.CreateDirectory(output);
        run.Job = Task.Run(async () =>
        {
            try
            {
                var progress = new Progress(run);
                var outcome = await new BuildReport(workspace).RunAsync(new BuildReportRequest(cohort, output, null, 5, ProgramTitle, null), progress, CancellationToken.None);
                if (outcome is ReportOutcome.Written written)
                {
                    var files = new[] { written.Report.Workbook, written.Report.Brief }.Where(f => f.Length > 0).Select(f => Path.GetRelativePath(output, f)).ToList();
                    await File.WriteAllTextAsync(Path.Combine(output, Record), JsonSerializer.Serialize(new StoredReport(id, cohort, now, files)));
                }
                else
                {
                    run.Problem = ServerPaths.Hide(((IRefused)outcome).Message);
                    Directory.Delete(output, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.LogError(e, "The report {Id} could not be written", id);
                run.Problem = "The report could not be written in the app's data folder: " + ServerPaths.Hide(e.Message);
            }
            finally
            {
                run.Finished = true;
            }
        });
        return run;
    }

    public ReportRun? Run(string id) => runs.GetValueOrDefault(id);

    /// <summary>Every report made, newest first.</summary>
    public IReadOnlyList<StoredReport> List()
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateDirectories(folder).Select(d => Path.Combine(d, Record)).Where(File.Exists)
            .Select(f => JsonSerializer.Deserialize<StoredReport>(File.ReadAllText(f))).OfType<StoredReport>()
            .OrderByDescending(r => r.MadeAt).ThenByDescending(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The file on disk when <paramref name="id"/> is a listed report and <paramref name="name"/> one of its files; else null.</summary>
    public string? Find(string id, string name) =>
        List().FirstOrDefault(r => r.Id == id) is { } report && report.Files.FirstOrDefault(f => Path.GetFileName(f) == name) is { } file
            ? Path.Combine(folder, report.Id, file)
            : null;

    /// <summary>Each step the use case reports, kept for the page to show.</summary>
    private sealed class Progress(ReportRun run) : IProgress<StepProgress>
    {
        public void Report(StepProgress value) => run.Step = value.Step;
    }
}
