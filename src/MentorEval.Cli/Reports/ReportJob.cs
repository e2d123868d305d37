using System.Reflection;
using MentorEval.Cli.App;
using MentorEval.Cli.Risk;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Report;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;

namespace MentorEval.Cli.Reports;

/// <summary>Loads a cohort's data, judges its pairs' risk (model if there is one, else rules) and writes its report.</summary>
public static class ReportJob
{
    /// <param name="guard">What the report may not overwrite (the risk model it reads is added here).</param>
    public static async Task<WrittenReport> RunAsync(CliContext context, StoreLocation location, ReportOptions options, OutputGuard guard, Action<string> stage,
        CancellationToken cancel)
    {
        stage("Loading responses");
        await using var db = await context.OpenExistingStoreAsync(location, cancel);
        var roster = await RosterStore.LoadAsync(db, cancel);
        RequireCohorts(roster, options, location.Display);
        return Write(RiskData.From(context, location, roster, await ResponseStore.LoadAsync(db, cancel)), options, guard, stage);
    }

    /// <summary>The report from a program already loaded (the demo has it in hand after importing).</summary>
    internal static WrittenReport Write(RiskData data, ReportOptions options, OutputGuard guard, Action<string> stage)
    {
        RequireCohorts(data.Roster, options, data.Display);
        stage("Judging early-closure risk");
        var request = new ReportRequest(options.Program, options.Cohort, options.CompareTo, options.MinimumCell, data.Roster, data.Responses,
            Risk(data, options), SoftwareVersion, DateTimeOffset.UtcNow);
        using var outputs = new OutputFiles(guard.And(data.ModelInputs(options.Model)));
        var written = CohortReportWriter.Write(request, options.OutputFolder,
            path => outputs.Open(path, path.EndsWith(".xlsx", StringComparison.Ordinal) ? "the report's workbook" : "a chart of the report", "--out").Stream, stage);
        try
        {
            outputs.MoveIntoPlace();
        }
        catch (UserInputException e)
        {
            throw new UserInputException($"{e.Message} If the workbook is open in Excel, close it and run the command again.");
        }

        // Charts of an earlier run for instruments or scales no longer reported must not linger beside the new ones.
        var charts = CohortReportWriter.ChartFolder(written.Folder);
        if (Directory.Exists(charts))
            foreach (var old in Directory.EnumerateFiles(charts, "*.png").Except(written.Charts, RealPath.Comparer)) File.Delete(old);
        return written;
    }

    /// <summary>The version of this build of MentorEval, as the About sheet shows it.</summary>
    public static string SoftwareVersion =>
        typeof(ReportJob).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static void RequireCohorts(IReadOnlyList<RosterEntry> roster, ReportOptions options, string database)
    {
        foreach (var cohort in new[] { options.Cohort, options.CompareTo }.OfType<string>())
        {
            if (roster.Any(p => p.Cohort == cohort)) continue;
            var known = roster.Select(p => p.Cohort).Distinct().Order(StringComparer.Ordinal).ToList();
            throw new UserInputException($"No cohort \"{cohort}\" in the roster of {database}. " +
                                         (known.Count == 0 ? "Import a roster first ('mentoreval roster import FILE')." : $"Known cohorts: {string.Join(", ", known)}."));
        }

        if (options.CompareTo == options.Cohort)
            throw new UserInputException($"--compare-to names the reported cohort itself (\"{options.Cohort}\"); name another cohort.");
    }

    /// <summary>The pairs' risk after the cohort's latest wave, or null when the cohort has no responses yet.</summary>
    private static RiskAssessment? Risk(RiskData data, ReportOptions options)
    {
        var waves = data.Builder.Waves(options.Cohort);
        if (waves.Count == 0) return null;
        var point = data.RequirePoint(options.Cohort, null);
        var judged = data.Judge(point, options.Model, options.Capacity);
        var card = judged.Model?.Card.Describe(judged.Catalog, judged.ModelPath is { } path ? Path.GetFileName(path) : null);
        return new RiskAssessment(point.Wave, judged.Method, judged.Flag, judged.Note, judged.Risks, card, judged.HeldOut);
    }
}
