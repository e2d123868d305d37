using System.Globalization;
using MentorEval.Core.Retention;

namespace MentorEval.Core.Tests.Retention;

/// <summary>The retention analysis of a fixture roster, as MentorEval computes it for the comparison with R.</summary>
internal static class RetentionFixtures
{
    private static readonly Dictionary<string, RetentionReport> Reports = new();

    public static RetentionReport Report(string name, Func<Core.Pairs.RosterEntry, string>? groupBy = null)
    {
        var (roster, rows) = RReference.Roster(name);
        var names = rows[0].Columns.Except(FixedColumns).ToList();
        var covariates = new BaselineCovariates(names, names,
            rows.ToDictionary(r => r.Text("pair_id"), r => names.Select(n => r.Number(n) ?? double.NaN).ToArray()));
        var request = new RetentionRequest(roster, RReference.AnalysisDate(name)) { Covariates = covariates };
        if (groupBy is not null) return RetentionAnalysis.Analyse(request with { GroupBy = groupBy, GroupName = "site" });
        lock (Reports)
        {
            if (!Reports.TryGetValue(name, out var report)) Reports[name] = report = RetentionAnalysis.Analyse(request);
            return report;
        }
    }

    public static RetentionGroup Group(RetentionReport report, string name) =>
        name == "all" ? report.Overall : report.Groups.Single(g => g.Name == name);

    public static string[] FixedColumns => ["pair_id", "cohort", "site", "matching_method", "start_date", "planned_end_date", "status", "end_date", "closure_reason"];

    public static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
