using MentorEval.Core.Diagnostics;
using System.Globalization;
using MentorEval.Application.Files;
using MentorEval.Application.Programs;
using MentorEval.Application.Retention;
using MentorEval.Application.Risk;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Report;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;

namespace MentorEval.Application.Reports;

public abstract record ReportOutcome
{
    public sealed record Written(WrittenReportSummary Report) : ReportOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ReportOutcome, IRefused;
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
        Refusal.UnlessStoreFailsAsync<ReportOutcome>(workspace, async () =>
        {
            request = request with { OutputFolder = workspace.FullPath(request.OutputFolder) };
            var location = workspace.Store;
            var guard = workspace.Guard();
            void Stage(string stage) => progress?.Report(new StepProgress(stage));
            Stage("Loading responses");
            if (workspace.MissingDatabase() is { } missing) return new ReportOutcome.Refused(missing.Diagnostics);
            await using var db = await workspace.OpenStoreAsync(cancel);
            var roster = await RosterStore.LoadAsync(db, cancel);
            if (UnknownCohorts(roster, request, location.Display) is { } unknown) return new ReportOutcome.Refused(unknown.Diagnostics);
            var data = RiskData.From(workspace, location, roster, await ResponseStore.LoadAsync(db, cancel));
            return Write(data, request, guard, Stage).Failed(out var refusal, out var written)
                ? new ReportOutcome.Refused(refusal.Diagnostics)
                : new ReportOutcome.Written(written);
        }, d => new ReportOutcome.Refused(d));

    /// <summary>The report from a program already loaded (the demo has it in hand after importing).</summary>
    internal static Attempt<WrittenReportSummary> Write(RiskData data, BuildReportRequest options, OutputGuard guard, Action<string> stage)
    {
        if (UnknownCohorts(data.Roster, options, data.Display) is { } unknown) return unknown;
        if (RetentionData.ReportReasons(data.CurrentDirectory).Failed(out var refusal, out var reasons)) return refusal;
        stage("Judging early-closure risk");
        if (Risk(data, options).Failed(out refusal, out var risk)) return refusal;
        var request = new ReportRequest(options.Program, options.Cohort, options.CompareTo, options.MinimumCell, data.Roster, data.Responses,
            risk, data.SoftwareVersion, DateTimeOffset.UtcNow) { ClosureReasons = reasons };
        using var outputs = new OutputFiles(guard.And(data.ModelInputs(options.Model)));
        // A file refused or failing drops what the writer gives it; the first such problem is read once the report is written.
        var written = CohortReportWriter.Write(request, options.OutputFolder,
            path => outputs.Open(path, Path.GetExtension(path) switch { ".xlsx" => "the report's workbook", ".pdf" => "the report's brief", _ => "a chart of the report" }, "--out").Stream,
            stage);
        if (outputs.MoveIntoPlace() is { } failed)
            return failed with { Fix = $"{failed.Fix} If the workbook or the brief is open (Excel, a PDF viewer), close it and run the command again." };

        // Charts of an earlier run for instruments or scales no longer reported must not linger beside the new ones.
        var charts = CohortReportWriter.ChartFolder(written.Folder);
        if (Directory.Exists(charts))
            foreach (var old in Directory.EnumerateFiles(charts, "*.png").Except(written.Charts, RealPath.Comparer)) File.Delete(old);
        return WrittenReportSummary.Of(written);
    }

    /// <summary>Null when the roster has the cohort and the one to compare with (another one); else why not.</summary>
    private static Refusal? UnknownCohorts(IReadOnlyList<RosterEntry> roster, BuildReportRequest options, string database)
    {
        foreach (var cohort in new[] { options.Cohort, options.CompareTo }.OfType<string>())
            if (ProgramRefusals.UnknownCohort(roster, cohort, database) is { } unknown) return unknown;
        if (options.CompareTo != options.Cohort) return null;
        return new Diagnostic("--compare-to", DiagnosticCodes.Program.CompareToItself, $"--compare-to names the reported cohort itself (\"{options.Cohort}\").")
        {
            Fix = "Name another cohort.",
            Value = options.CompareTo,
        };
    }

    /// <summary>The pairs' risk after the cohort's latest wave, or null when the cohort has no responses yet.</summary>
    private static Attempt<RiskAssessment?> Risk(RiskData data, BuildReportRequest options)
    {
        var waves = data.Builder.Waves(options.Cohort);
        if (waves.Count == 0) return (RiskAssessment?)null;
        if (data.Point(options.Cohort, null).Failed(out var refusal, out var point)) return refusal;
        if (data.Judge(point, options.Model, options.Capacity).Failed(out refusal, out var judged)) return refusal;
        var card = judged.Model?.Card.Describe(judged.Catalog, judged.ModelPath is { } path ? Path.GetFileName(path) : null);
        return new RiskAssessment(point.Wave, judged.Method, judged.Flag, judged.Note, judged.Risks, card, judged.HeldOut);
    }
}
