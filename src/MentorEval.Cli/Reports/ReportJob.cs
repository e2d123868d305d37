using System.Globalization;
using System.Reflection;
using MentorEval.Cli.App;
using MentorEval.Cli.Risk;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Report;
using MentorEval.Risk.Models;
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
            Risk(data, options), SoftwareVersion, DateTimeOffset.UtcNow) { ClosureReasons = Retention.RetentionData.ReportReasons(Directory.GetCurrentDirectory()) };
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
        var judged = data.Judge(point, options.Model);
        var card = judged.Model?.Card;
        return new RiskAssessment(point.Wave, judged.Method, judged.Flag, judged.Note, judged.Risks, card is null ? [] : CardLines(card, judged.ModelPath, judged.Catalog));
    }

    private static List<KeyValuePair<string, string>> CardLines(RiskModelCard card, string? path, Core.Risk.RiskFeatureCatalog catalog)
    {
        var chosen = card.Chosen;
        string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        return
        [
            new("Model", $"{card.Trainer}, trained {card.CreatedAt:yyyy-MM-dd} (seed {card.Seed})" + (path is null ? "" : $"; file {Path.GetFileName(path)}")),
            new("Learned from", string.Join("; ", card.TrainingCohorts.Select(c => $"cohort {c.Cohort}: {c.Pairs} pairs, {c.EarlyClosures} early closures"))),
            new("Validation", $"{chosen.Scheme}: ROC AUC {F(chosen.RocAuc)} (95% CI {F(card.Verdict.Model.Lower)}–{F(card.Verdict.Model.Upper)}, DeLong), " +
                              $"PR AUC {F(chosen.PrAuc)}, Brier {F(chosen.Brier)}; the documented rules on the same rows: ROC AUC {F(card.Verdict.RulesRocAuc)}"),
            new("Flag rule", $"{card.Policy.Describe()}; in validation, flagging pairs with probability at least {F(card.Threshold)} flagged " +
                             $"{chosen.FlaggedShare.ToString("0%", CultureInfo.InvariantCulture)} of pairs and caught {chosen.Recall.ToString("0%", CultureInfo.InvariantCulture)} of early closures"),
            new("Features", $"{card.Features.Count}, from instruments {string.Join(", ", card.InstrumentVersions.Select(v => $"{v.Key} {v.Value}"))}"),
            new("Strongest features", string.Join("; ", card.Importance.Take(5).Select(i => catalog.DisplayNameOf(i.Feature)))),
        ];
    }
}
