using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Reporting.Charts;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Workbook.Sheets;
using MentorEval.Reporting.Workbook;

namespace MentorEval.Reporting.Report;

/// <summary>
/// Which charts a report shows and on which sheet: response rates; scale means by wave per instrument and role; answer
/// distributions per item at the latest wave; mentor against mentee per shared scale; risk. A chart never shows a
/// group the small-cell rule withheld.
/// </summary>
public static class ReportCharts
{
    private const int MostCommonReasons = 8;

    public static IReadOnlyList<ChartImage> For(CohortReportContent content) => Draw(Plan(content));

    /// <summary>Draws the planned charts on every core, each file once.</summary>
    public static IReadOnlyList<ChartImage> Draw(IReadOnlyList<PlannedChart> charts)
    {
        var drawn = charts.DistinctBy(c => c.FileName).AsParallel().AsOrdered()
            .Select(c => (c.FileName, Png: c.Render())).ToDictionary(c => c.FileName, c => c.Png);
        return charts.Select(c => new ChartImage(c.FileName, c.Title, c.Sheet, drawn[c.FileName])).ToList();
    }

    /// <summary>The charts the report shows, decided without drawing them (quick).</summary>
    public static IReadOnlyList<PlannedChart> Plan(CohortReportContent content)
    {
        var charts = new List<PlannedChart>();
        var cohort = content.Cohort;
        var waves = content.Analysis.Waves;

        var rates = content.ResponseRates.Select(r => r.Role).Distinct()
            .Select(role => new RateSeries(Plural(role), waves.Select(w => content.ResponseRates.FirstOrDefault(r => r.Wave == w && r.Role == role)?.Rate).ToList()))
            .ToList();
        charts.Add(new PlannedChart("response-rates.png", $"Response rates {ByWave(waves)} and role", OverviewSheet.Name,
            () => ResponseRateChart.Render($"Response rates {ByWave(waves)}: cohort {cohort}", waves, rates)));

        var means = Means(content).ToList();
        // The overview shows the trend of the instrument given at the most waves (the fewest scales, when tied: a readable chart).
        if (means.OrderByDescending(m => m.Waves).ThenBy(m => m.Scales).FirstOrDefault() is { Chart: { } headline })
            charts.Add(headline with { Sheet = OverviewSheet.Name });
        charts.AddRange(Risk(content).SelectMany((c, i) => i == 0 ? new[] { c with { Sheet = OverviewSheet.Name }, c } : [c]));
        charts.AddRange(means.Select(m => m.Chart));
        charts.AddRange(Likert(content));
        charts.AddRange(Dyads(content));
        if (content.Retention is { } retention)
        {
            const string title = "Share of pairs still running, by cohort";
            charts.Add(new PlannedChart("retention-kaplan-meier.png", title, RetentionSheet.Name, () => KaplanMeierChart.Render(title, retention.Groups))
                { Svg = () => KaplanMeierChart.RenderSvg(title, retention.Groups) });
        }

        return charts;
    }

    private static IEnumerable<(PlannedChart Chart, int Waves, int Scales)> Means(CohortReportContent content)
    {
        foreach (var instrument in content.Instruments)
        {
            foreach (var role in instrument.Roles)
            {
                var ours = content.Analysis.Groups.Where(g => g.Instrument == instrument.Id && g.Role == role).ToList();
                if (ours.All(g => g.Suppressed)) continue;
                // Only the waves at which this instrument was given: a baseline-and-end survey has no month-3 point.
                var waves = content.Analysis.Waves.Where(w => ours.Any(g => g.Wave == w)).ToList();
                var series = instrument.Scales.Select(s => new MeanSeries(s.Title, false, Points(ours, s.Id, waves))).ToList();
                if (content.Comparison is { } comparison)
                {
                    var theirs = comparison.Groups.Where(g => g.Instrument == instrument.Id && g.Role == role).ToList();
                    series.AddRange(instrument.Scales.Select(s => new MeanSeries($"{s.Title} ({comparison.Cohort})", true, Points(theirs, s.Id, waves))));
                }

                // More than eight lines cannot be told apart: the scales go on several charts, each scale with its comparison.
                var parts = ScaleMeansChart.Split(series);
                for (var p = 0; p < parts.Count; p++)
                {
                    var part = parts[p];
                    // The part number early in the title, where a long title's cut cannot reach it.
                    var partTitle = $"{instrument.Title}{(parts.Count == 1 ? "" : $" ({p + 1} of {parts.Count})")}: {Plural(role)}' means {ByWave(waves)}, {content.Cohort}" +
                                    (content.Comparison is { } c ? $" vs {c.Cohort} (dashed)" : "");
                    var file = $"means-{FileName(instrument.Id)}-{role.Name()}{(p == 0 ? "" : $"-{p + 1}")}.png";
                    yield return (new PlannedChart(file, partTitle, ScalesSheet.Name,
                            () => ScaleMeansChart.Render(partTitle, "Mean score (95% CI)", waves, part, ScaleMinimum(instrument)))
                            { Svg = () => ScaleMeansChart.RenderSvg(partTitle, "Mean score (95% CI)", waves, part, ScaleMinimum(instrument)) },
                        ours.Where(g => !g.Suppressed).Select(g => g.Wave).Distinct().Count(), part.Count(s => !s.IsComparison));
                }
            }
        }
    }

    /// <summary>"by wave" only when there are waves to compare; one wave is named.</summary>
    private static string ByWave(IReadOnlyList<string> waves) => waves.Count == 1 ? $"at {waves[0]}" : "by wave";

    /// <summary>The lowest score any of the instrument's scales can give, or null when one has no numeric range.</summary>
    private static double? ScaleMinimum(Core.Instruments.Instrument instrument)
    {
        var ranges = instrument.Scales.Select(s => ScaleRange.Of(instrument, s)).ToList();
        return ranges.Count > 0 && ranges.All(r => r is not null) ? ranges.Min(r => r!.Min) : null;
    }

    private static List<MeanPoint?> Points(IReadOnlyList<ScaleGroupRow> groups, string scale, IReadOnlyList<string> waves) =>
        waves.Select(w => groups.FirstOrDefault(g => g.Scale == scale && g.Wave == w) is { Suppressed: false, Mean: { } mean, CiLower: { } low, CiUpper: { } high }
            ? new MeanPoint(mean, low, high)
            : null).ToList();

    private static IEnumerable<PlannedChart> Likert(CohortReportContent content)
    {
        foreach (var group in content.Items.Where(i => !i.Suppressed).GroupBy(i => (i.Instrument, i.Role)))
        {
            // The latest wave at which this instrument was answered by this role.
            var wave = content.Analysis.Waves.Last(w => group.Any(i => i.Wave == w));
            var items = group.Where(i => i.Wave == wave).ToList();
            var title = $"{content.InstrumentTitle(group.Key.Instrument)}: {Plural(group.Key.Role)}' answers at {wave}, {content.Cohort}";
            var instrument = content.Instruments.FirstOrDefault(x => x.Id == group.Key.Instrument);
            var bars = items.Select(i => new LikertItem($"{i.Item}: {i.Text}", i.Labels.Select((_, j) => i.Share(j) ?? 0).ToList(),
                instrument?.FindItem(i.Item)?.Reverse == true)).ToList();
            yield return new PlannedChart($"answers-{FileName(group.Key.Instrument)}-{group.Key.Role.Name()}.png", title, ItemsSheet.Name,
                () => LikertChart.Render(title, items[0].Labels, bars)) { Svg = () => LikertChart.RenderSvg(title, items[0].Labels, bars) };
        }
    }

    private static IEnumerable<PlannedChart> Dyads(CohortReportContent content)
    {
        // One chart per scale, at the latest wave it was rated by both (the file is named by the scale).
        var waveOrder = content.Analysis.Waves.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
        foreach (var dyad in content.Analysis.Dyads.Where(d => !d.Suppressed && d.Pairs.Count > 0)
                     .GroupBy(d => (d.Instrument, d.Scale)).Select(g => g.MaxBy(d => waveOrder.GetValueOrDefault(d.Wave, -1))!))
        {
            var instrument = content.Instruments.First(i => i.Id == dyad.Instrument);
            var scale = instrument.FindScale(dyad.Scale)!;
            var range = ScaleRange.Of(instrument, scale);
            var low = range?.Min ?? dyad.Pairs.Min(p => Math.Min(p.Mentor, p.Mentee));
            var high = range?.Max ?? dyad.Pairs.Max(p => Math.Max(p.Mentor, p.Mentee));
            var title = $"{scale.Title} ({instrument.Title}): mentor against mentee at {dyad.Wave}, {dyad.NPairs} pairs";
            var points = dyad.Pairs.Select(p => (p.Mentor, p.Mentee)).ToList();
            yield return new PlannedChart($"dyads-{FileName(instrument.Id)}-{FileName(scale.Id)}.png", title, DyadsSheet.Name,
                () => DyadScatterChart.Render(title, scale.Title, points, low, high));
        }
    }

    private static IEnumerable<PlannedChart> Risk(CohortReportContent content)
    {
        if (content.Request.Risk is not { } risk) yield break;
        if (risk.Method == RiskMethod.Model)
        {
            var title = $"Probability of closing early after {risk.Wave}: cohort {content.Cohort} ({risk.Pairs.Count} pairs)" + (risk.Flag is { } rule ? $"; {Lower(rule.Legend)}" : "");
            var probabilities = risk.Pairs.Where(p => p.Probability is not null).Select(p => p.Probability!.Value).ToList();
            // The line is drawn where the flags start (the lowest flagged probability), which is what the sheet's sentence says.
            var cut = risk.Flag?.Cut ?? risk.Pairs.Where(p => p.Flagged).Select(p => (double?)p.Score).Min();
            yield return new PlannedChart("risk-probabilities.png", title, RiskSheet.Name, () => RiskDistributionChart.Render(title, probabilities, cut, risk.Flag?.Legend));
        }
        else
        {
            // The rules flag by concern score, so the chart counts pairs by it, each bar saying whether that score is flagged.
            var title = $"Concern score per pair after {risk.Wave} (rules): cohort {content.Cohort}" + (risk.Flag is { } flag ? $"; {Lower(flag.Legend)}" : "");
            var bars = risk.Pairs.GroupBy(p => p.Concern ?? p.Reasons.Count).OrderByDescending(g => g.Key)
                .Select(g => (g.Key == 0 ? "0: no rule fired" : $"{g.Key}{Flagged(g.Count(p => p.Flagged), g.Count())}", g.Count())).ToList();
            yield return new PlannedChart("risk-concern-scores.png", title, RiskSheet.Name, () => CountBarChart.Render(title, "Pairs", bars));
        }

        var reasonsTitle = $"Most common reasons among flagged pairs (figures vary by pair): cohort {content.Cohort}";
        var reasons = risk.Pairs.Where(p => p.Flagged).SelectMany(p => p.Reasons.Take(3).Select(ReasonKind.Of).Distinct())
            .GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(MostCommonReasons)
            .Select(g => (g.Key, g.Count())).ToList();
        yield return new PlannedChart("risk-reasons.png", reasonsTitle, RiskSheet.Name, () => CountBarChart.Render(reasonsTitle, "Flagged pairs giving this reason", reasons));
    }

    /// <summary>A chart decided on, drawn later (in parallel with the others).</summary>
    public sealed record PlannedChart(string FileName, string Title, string Sheet, Func<byte[]> Render)
    {
        /// <summary>The same chart as SVG for a web page (<see cref="ChartSvg"/>), for the charts the web dashboard shows.</summary>
        public Func<string>? Svg { get; init; }
    }

    private static string Plural(Role role) => role.Name() + "s";

    private static string Flagged(int flagged, int pairs) => flagged == 0 ? "" : flagged == pairs ? ": flagged" : $": {flagged} of {pairs} flagged";

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>Ids are safe as file names everywhere: letters, digits, '-' and '_' only.</summary>
    public static string FileName(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
