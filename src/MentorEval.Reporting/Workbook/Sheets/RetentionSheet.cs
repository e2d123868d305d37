using ClosedXML.Excel;
using MentorEval.Core.Retention;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>
/// How long the program's pairs last and why they end (docs/retention.md): per group the early-closure rate, median
/// match length and the share still running at 3, 6 and 12 months; the Kaplan–Meier table; the log-rank test; the Cox
/// model with its proportional-hazards check; and the closure reasons. The same figures as `mentoreval retention --json`.
/// </summary>
internal static class RetentionSheet
{
    public const string Name = "Retention";

    public static SheetWriter Write(XLWorkbook workbook, CohortReportContent content)
    {
        var sheet = new SheetWriter(workbook, Name);
        sheet.Title("Match length and retention: every cohort of the program");
        if (content.Retention is not { } r)
        {
            sheet.Line("No roster: match length needs each pair's start, planned end, status and end date.");
            sheet.Finish();
            return sheet;
        }

        sheet.Facts(
        [
            new("Analysis date", $"{r.AnalysisDate:yyyy-MM-dd} (pairs still running are censored then)"),
            new("Time", RetentionReport.TimeUnit),
            new("Event", "closing early; a completed pair is censored at its planned end"),
            new("Intervals", $"95%, Kaplan–Meier limits on the {SurvivalCurve.ConfidenceType} scale (Greenwood), Wilson for rates, Wald for hazard ratios"),
            new("Published", "30–38% of matches close early across youth-mentoring programs"),
            .. r.Excluded.Count > 0 ? new[] { new KeyValuePair<string, string>("Left out", string.Join("; ", r.Excluded.Select(e => $"{e.PairId}: {e.Reason}"))) } : [],
        ]);

        sheet.ChartSlot();
        var groups = new[] { r.Overall }.Concat(r.Groups).ToList();
        sheet.Heading($"Retention by {r.GroupName}");
        sheet.Table("RetentionSummary",
        [
            Column.Text(Capitalise(r.GroupName)), Column.Integer("Pairs"), Column.Integer("Closed early"), Column.Integer("Ended"), Column.Percent("Early-closure rate"),
            Column.Percent("Rate 95% low"), Column.Percent("Rate 95% high"), Column.Text("Median months"), Column.Percent("Running at 3 months"),
            Column.Percent("Running at 6 months"), Column.Percent("Running at 12 months"),
        ], groups.Select(g => (IReadOnlyList<object?>)
        [
            g.Name, g.Curve.Pairs, g.EarlyClosure.ClosedEarly, g.EarlyClosure.Ended, g.EarlyClosure.Rate, g.EarlyClosure.Interval?.Lower, g.EarlyClosure.Interval?.Upper,
            g.Curve.Median.Months is { } m ? m.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "not reached",
            g.At(3)?.StillRunning, g.At(6)?.StillRunning, g.At(12)?.StillRunning,
        ]));

        sheet.Heading($"Log-rank test across {r.GroupName}s (survdiff)");
        sheet.Line(r.LogRank.ChiSquare is { } chi
            ? $"χ² = {chi:0.00} on {r.LogRank.Df} df, {Headlines.PValue(r.LogRank.P)}"
            : "Not tested: fewer than two groups where a closure was expected.");
        sheet.Table("LogRank", [Column.Text(Capitalise(r.GroupName)), Column.Integer("Pairs"), Column.Integer("Closed early"), Column.Decimal("Expected")],
            r.LogRank.Groups.Select(g => (IReadOnlyList<object?>)[g.Group, g.Pairs, g.Observed, g.Expected]));

        sheet.Heading("Cox model of early closure on baseline covariates (Efron ties)");
        if (r.Cox is not { } cox) sheet.Line("No baseline survey covariates (check-in scales or expectations gap) at the cohorts' first waves.");
        else if (!cox.Converged) sheet.Line($"The model did not converge ({cox.Pairs} pairs, {cox.Closures} closures): a covariate separates closed from running pairs, so its hazard ratio is not finite.");
        else
        {
            sheet.Line($"{cox.Pairs} pairs with every covariate ({cox.LeftOut} left out), {cox.Closures} early closures; likelihood ratio χ² = {cox.LikelihoodRatio.ChiSquare:0.00} " +
                       $"on {cox.LikelihoodRatio.Df} df, {Headlines.PValue(cox.LikelihoodRatio.P)}.");
            var labels = r.CoxCovariateLabels;
            var zph = cox.ProportionalHazards;
            sheet.Table("Cox", [Column.Text("Covariate"), Column.Decimal("Hazard ratio"), Column.Decimal("95% low"), Column.Decimal("95% high"), Column.PValue("p"),
                    Column.PValue("Proportional hazards p (cox.zph)")],
                cox.HazardRatios.Select((h, i) => (IReadOnlyList<object?>)[labels.ElementAtOrDefault(i) ?? h.Covariate, h.Ratio, h.Lower, h.Upper, h.P, zph?.Covariates[i].P]));
            if (zph is not null) sheet.Line($"Proportional hazards, global test: χ² = {zph.Global.ChiSquare:0.00} on {zph.Global.Df} df, {Headlines.PValue(zph.Global.P)} (a small p: an effect that changes over the match).");
        }

        sheet.Skip();
        sheet.Heading("Why pairs closed early");
        sheet.Table("ClosureReasons", [Column.Text(Capitalise(r.GroupName)), Column.Text("Month ended"), Column.Text("Reason family"), Column.Integer("Closures"), Column.Percent("Share")],
            r.Reasons.Overall.Concat(r.Reasons.ByGroup).Concat(r.Reasons.ByMonthEnded).Select(c => (IReadOnlyList<object?>)
            [
                c.Group ?? (c.MonthEnded is null ? "all pairs" : ""), c.MonthEnded?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                c.Family is { } f ? ClosureReasonText.Label(f) : "not in the reasons table", c.Closures, c.Share,
            ]));
        if (r.Reasons.Unmapped.Count > 0)
        {
            sheet.Line("Reasons the program's table (retention/closure-reasons.csv) does not map yet; add them to it:", italic: true);
            sheet.Table("UnmappedReasons", [Column.Text("Reason"), Column.Integer("Closures")],
                r.Reasons.Unmapped.Select(u => (IReadOnlyList<object?>)[u.Reason, u.Closures]));
        }

        sheet.Heading("Kaplan–Meier table");
        sheet.Table("KaplanMeier",
        [
            Column.Text(Capitalise(r.GroupName)), Column.Decimal("Months"), Column.Integer("At risk"), Column.Integer("Closed early"), Column.Integer("Censored"),
            Column.Decimal("Still running"), Column.Decimal("Std. error"), Column.Decimal("95% low"), Column.Decimal("95% high"),
        ], groups.SelectMany(g => g.Curve.Steps.Select(s => (IReadOnlyList<object?>)
            [g.Name, s.Months, s.AtRisk, s.Closed, s.Censored, s.StillRunning, s.StdErr, s.Lower, s.Upper])), groupBy: [0]);
        sheet.Finish();
        return sheet;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
