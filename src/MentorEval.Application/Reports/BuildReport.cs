using System.Globalization;
using MentorEval.Application.Files;
using MentorEval.Application.Programs;
using MentorEval.Application.Retention;
using MentorEval.Application.Risk;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Report;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;

namespace MentorEval.Application.Reports;

public abstract record ReportOutcome
{
    public sealed record Written(WrittenReportSummary Report) : ReportOutcome;

    public sealed record Refused(string Message) : ReportOutcome, IRefused;
}

/// <summary>What a report run wrote: the workbook, the PDF brief, the chart files, and the findings.</summary>
public sealed record WrittenReportSummary(string Cohort, string Folder, string Workbook, IReadOnlyList<string> Charts, IReadOnlyList<string> Headlines,
    int Pairs, int Responses, int FlaggedPairs)
{
    /// <summary>The brief for the committee (PDF, no pair or respondent named).</summary>
    public string Brief { get; init; } = "";

    internal static WrittenReportSummary Of(WrittenReport r) =>
        new(r.Cohort, r.Folder, r.Workbook, r.Charts, r.Headlines, r.Pairs, r.Responses, r.FlaggedPairs) { Brief = r.Brief };
}

/// <summary>Loads a cohort's data, judges its pairs' risk (model if there is one, else rules) and writes its report.</summary>
public sealed class BuildReport(Workspace workspace)
{
    /// <param name="progress">Gets each stage as it starts (loading, judging risk, analysing, charts and workbook).</param>
    public Task<ReportOutcome> RunAsync(BuildReportRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.CatchAsync<ReportOutcome>(async () =>
        {
            request = request with { OutputFolder = workspace.FullPath(request.OutputFolder) };
            var location = workspace.Store;
            var guard = workspace.Guard();
            void Stage(string stage) => progress?.Report(new StepProgress(stage));
            Stage("Loading responses");
            await using var db = await Workspace.OpenExistingStoreAsync(location, cancel);
            var roster = await RosterStore.LoadAsync(db, cancel);
            RequireCohorts(roster, request, location.Display);
            var data = RiskData.From(workspace, location, roster, await ResponseStore.LoadAsync(db, cancel));
            return new ReportOutcome.Written(Write(data, request, guard, Stage));
        }, message => new ReportOutcome.Refused(message));

    /// <summary>The report from a program already loaded (the demo has it in hand after importing).</summary>
    internal static WrittenReportSummary Write(RiskData data, BuildReportRequest options, OutputGuard guard, Action<string> stage)
    {
        RequireCohorts(data.Roster, options, data.Display);
        stage("Judging early-closure risk");
        var request = new ReportRequest(options.Program, options.Cohort, options.CompareTo, options.MinimumCell, data.Roster, data.Responses,
            Risk(data, options), data.SoftwareVersion, DateTimeOffset.UtcNow) { ClosureReasons = RetentionData.ReportReasons(data.CurrentDirectory) };
        using var outputs = new OutputFiles(guard.And(data.ModelInputs(options.Model)));
        var written = CohortReportWriter.Write(request, options.OutputFolder,
            path => outputs.Open(path, Path.GetExtension(path) switch { ".xlsx" => "the report's workbook", ".pdf" => "the report's brief", _ => "a chart of the report" }, "--out").Stream,
            stage);
        try
        {
            outputs.MoveIntoPlace();
        }
        catch (RefusedException e)
        {
            throw new RefusedException($"{e.Message} If the workbook or the brief is open (Excel, a PDF viewer), close it and run the command again.");
        }

        // Charts of an earlier run for instruments or scales no longer reported must not linger beside the new ones.
        var charts = CohortReportWriter.ChartFolder(written.Folder);
        if (Directory.Exists(charts))
            foreach (var old in Directory.EnumerateFiles(charts, "*.png").Except(written.Charts, RealPath.Comparer)) File.Delete(old);
        return WrittenReportSummary.Of(written);
    }

    private static void RequireCohorts(IReadOnlyList<RosterEntry> roster, BuildReportRequest options, string database)
    {
        foreach (var cohort in new[] { options.Cohort, options.CompareTo }.OfType<string>())
        {
            if (roster.Any(p => p.Cohort == cohort)) continue;
            var known = roster.Select(p => p.Cohort).Distinct().Order(StringComparer.Ordinal).ToList();
            throw new RefusedException($"No cohort \"{cohort}\" in the roster of {database}. " +
                                         (known.Count == 0 ? "Import a roster first ('mentoreval roster import FILE')." : $"Known cohorts: {string.Join(", ", known)}."));
        }

        if (options.CompareTo == options.Cohort)
            throw new RefusedException($"--compare-to names the reported cohort itself (\"{options.Cohort}\"); name another cohort.");
    }

    /// <summary>The pairs' risk after the cohort's latest wave, or null when the cohort has no responses yet.</summary>
    private static RiskAssessment? Risk(RiskData data, BuildReportRequest options)
    {
        var waves = data.Builder.Waves(options.Cohort);
        if (waves.Count == 0) return null;
        var point = data.RequirePoint(options.Cohort, null);
        var judged = data.Judge(point, options.Model, options.Capacity);
        var card = judged.Model?.Card.Describe(judged.Catalog, judged.ModelPath is { } path ? Path.GetFileName(path) : null);
        return new RiskAssessment(point.Wave, judged.Method, judged.Flag, judged.Note, judged.Risks, card, judged.HeldOut);
    }
}
