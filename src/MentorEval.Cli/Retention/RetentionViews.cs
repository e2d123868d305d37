using System.Globalization;
using MentorEval.Core.Retention;
using Spectre.Console;

namespace MentorEval.Cli.Retention;

/// <summary>The retention report in the terminal: one table of groups, then the tests and the reasons in sentences.</summary>
internal static class RetentionViews
{
    public static void Render(IAnsiConsole console, RetentionReport r)
    {
        console.MarkupLine($"[bold]Match length and retention[/] as of {r.AnalysisDate:yyyy-MM-dd} ({Markup.Escape(RetentionReport.TimeUnit)}; 95% limits, Kaplan–Meier {SurvivalCurve.ConfidenceType}).");
        var table = new Table().AddColumns(Markup.Escape(r.GroupName), "pairs", "closed early", "rate (Wilson 95%)", "median months", "at 3 months", "at 6 months", "at 12 months");
        foreach (var g in new[] { r.Overall }.Concat(r.Groups))
        {
            var rate = g.EarlyClosure;
            table.AddRow(Markup.Escape(g.Name), N(g.Curve.Pairs), $"{rate.ClosedEarly} of {rate.Ended}",
                rate.Rate is { } x && rate.Interval is { } ci ? $"{P(x)} ({P(ci.Lower)}–{P(ci.Upper)})" : "–",
                g.Curve.Median.Months is { } m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "not reached",
                Share(g.At(3)), Share(g.At(6)), Share(g.At(12)));
        }

        console.Write(table);
        console.MarkupLine(r.LogRank.ChiSquare is { } chi
            ? $"Log-rank across {Markup.Escape(r.GroupName)}s: χ² = {chi.ToString("0.00", CultureInfo.InvariantCulture)} on {r.LogRank.Df} df, p = {r.LogRank.P!.Value.ToString("0.000", CultureInfo.InvariantCulture)}."
            : "Log-rank: not tested (fewer than two groups where a closure was expected).");
        if (r.Cox is { Converged: true } cox)
        {
            console.MarkupLine($"Cox model (Efron ties), {cox.Pairs} pairs, {cox.Closures} closures; hazard ratios with 95% limits (proportional-hazards p, cox.zph):");
            foreach (var (h, i) in cox.HazardRatios.Select((h, i) => (h, i)))
                console.MarkupLine($"  {Markup.Escape(r.CoxCovariateLabels.ElementAtOrDefault(i) ?? h.Covariate)}: {F(h.Ratio)} ({F(h.Lower)}–{F(h.Upper)}), p = {F(h.P)}" +
                                   (cox.ProportionalHazards is { } zph ? $" (PH p = {F(zph.Covariates[i].P)})" : ""));
        }
        else if (r.Cox is { } failed) console.MarkupLine($"Cox model: did not converge ({failed.Pairs} pairs, {failed.Closures} closures).");

        foreach (var c in r.Reasons.Overall)
            console.MarkupLine($"  {Markup.Escape(c.Family is { } f ? ClosureReasonText.Label(f) : "not in the reasons table")}: {c.Closures} ({P(c.Share)})");
        if (r.Reasons.Unmapped.Count > 0)
            console.MarkupLine($"Reasons the table does not map: {Markup.Escape(string.Join(", ", r.Reasons.Unmapped.Select(u => $"\"{u.Reason}\" ×{u.Closures}")))}.");
        foreach (var e in r.Excluded) console.MarkupLine($"Left out: {Markup.Escape(e.PairId)}, {Markup.Escape(e.Reason)}.");
    }

    private static string Share(SurvivalEstimate? e) => e is null ? "–" : P(e.StillRunning);

    private static string P(double x) => x.ToString("0%", CultureInfo.InvariantCulture);

    private static string F(double x) => x.ToString("0.00", CultureInfo.InvariantCulture);

    private static string N(int x) => x.ToString(CultureInfo.InvariantCulture);
}
