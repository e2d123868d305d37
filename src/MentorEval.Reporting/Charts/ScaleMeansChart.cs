using ScottPlot;

namespace MentorEval.Reporting.Charts;

/// <summary>Scale means by wave with 95% confidence intervals, one line per series (role, cohort or comparison).</summary>
public static class ScaleMeansChart
{
    private static readonly MarkerShape[] FilledShapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];
    private static readonly MarkerShape[] OpenShapes = [MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond];

    /// <summary>More lines than this cannot be told apart by colour and marker: <see cref="Split"/> them over several charts.</summary>
    public const int MostSeries = 8;

    /// <param name="scaleMinimum">The lowest score the scales can give; the y axis starts there, so a small difference is not drawn as a large one.</param>
    public static byte[] Render(string title, string yLabel, IReadOnlyList<string> waves, IReadOnlyList<MeanSeries> series, double? scaleMinimum = null)
    {
        using var plot = Draw(title, yLabel, waves, series, scaleMinimum);
        return ChartCanvas.ToPng(plot);
    }

    /// <summary>The same chart as SVG, for a web page (<see cref="ChartSvg"/>).</summary>
    public static string RenderSvg(string title, string yLabel, IReadOnlyList<string> waves, IReadOnlyList<MeanSeries> series, double? scaleMinimum = null)
    {
        using var plot = Draw(title, yLabel, waves, series, scaleMinimum);
        return ChartSvg.Of(plot, title);
    }

    /// <summary>
    /// The series in charts of at most <see cref="MostSeries"/>, as even in size as can be, in order; a scale's comparison
    /// line (the comparison series at the same position among the comparison series) stays on the chart of its cohort line.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<MeanSeries>> Split(IReadOnlyList<MeanSeries> series)
    {
        var cohort = series.Where(s => !s.IsComparison).ToList();
        var comparison = series.Where(s => s.IsComparison).ToList();
        var units = Math.Max(cohort.Count, comparison.Count);
        var perUnit = comparison.Count > 0 && cohort.Count > 0 ? 2 : 1;
        if (series.Count <= MostSeries || units == 0)
            return [series];

        var charts = (int)Math.Ceiling(units / (double)(MostSeries / perUnit));
        var parts = new List<IReadOnlyList<MeanSeries>>();
        for (var c = 0; c < charts; c++)
        {
            var first = c * units / charts;
            var end = (c + 1) * units / charts;
            parts.Add([.. cohort.Take(end).Skip(first), .. comparison.Take(end).Skip(first)]);
        }

        return parts;
    }

    internal static Plot Draw(string title, string yLabel, IReadOnlyList<string> waves, IReadOnlyList<MeanSeries> series, double? scaleMinimum)
    {
        var plot = ChartCanvas.Create(title, "Wave", yLabel);
        var comparisonFlags = series.Select(s => s.IsComparison).ToArray();
        var colors = ChartColors.ForSeries(series.Select(s => s.Label).ToArray(), comparisonFlags);

        // Series sit side by side within a wave so their intervals do not hide each other.
        var step = series.Count > 1 ? Math.Min(0.07, 0.4 / (series.Count - 1)) : 0;
        var low = double.PositiveInfinity;
        var high = double.NegativeInfinity;

        for (var s = 0; s < series.Count; s++)
        {
            var offset = (s - (series.Count - 1) / 2.0) * step;
            var round = ChartColors.CycleRound(comparisonFlags, s);
            var shape = (series[s].IsComparison ? OpenShapes : FilledShapes)[round % FilledShapes.Length];
            var pattern = series[s].IsComparison ? LinePattern.Dashed : LinePattern.Solid;
            var points = Usable(series[s].Points, waves.Count);

            foreach (var run in Runs(points))
            {
                var line = plot.Add.Scatter(run.Select(i => i + offset).ToArray(), run.Select(i => points[i]!.Mean).ToArray(), colors[s]);
                line.LineWidth = 2.5f;
                line.LinePattern = pattern;
                line.MarkerShape = shape;
                line.MarkerSize = 11;
                line.MarkerLineWidth = 2;
            }

            var withInterval = Enumerable.Range(0, points.Length)
                .Where(i => points[i] is { } p && double.IsFinite(p.Lower) && double.IsFinite(p.Upper))
                .ToArray();
            if (withInterval.Length > 0)
            {
                var means = withInterval.Select(i => points[i]!.Mean).ToArray();
                var bars = new ScottPlot.Plottables.ErrorBar(
                    withInterval.Select(i => i + offset).ToArray(), means,
                    null, null,
                    withInterval.Select(i => Math.Max(0, points[i]!.Upper - points[i]!.Mean)).ToArray(),
                    withInterval.Select(i => Math.Max(0, points[i]!.Mean - points[i]!.Lower)).ToArray())
                {
                    Color = colors[s],
                    LineWidth = 1.5f,
                    CapSize = 6,
                };
                plot.Add.Plottable(bars);
                low = Math.Min(low, withInterval.Min(i => points[i]!.Lower));
                high = Math.Max(high, withInterval.Max(i => points[i]!.Upper));
            }

            foreach (var p in points.OfType<MeanPoint>())
            {
                low = Math.Min(low, p.Mean);
                high = Math.Max(high, p.Mean);
            }

            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = ChartText.WrapWhole(series[s].Label, ChartCanvas.LegendLineChars),
                LineColor = colors[s],
                LineWidth = 2.5f,
                LinePattern = pattern,
                MarkerShape = shape,
                MarkerColor = colors[s],
                MarkerSize = 11,
                MarkerLineWidth = 2,
            });
        }

        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, waves.Count).Select(i => (double)i).ToArray(),
            waves.Select(w => ChartText.Shorten(w, 24)).ToArray());
        plot.Axes.SetLimitsX(-0.5, Math.Max(waves.Count, 1) - 0.5);

        if (double.IsFinite(low))
        {
            var (bottom, top) = YLimits(low, high, scaleMinimum);
            plot.Axes.SetLimitsY(bottom, top);
        }
        else
        {
            plot.Axes.SetLimitsY(0, 1);
            ChartCanvas.AddNote(plot, "No data");
        }

        ChartCanvas.LegendOutside(plot, Edge.Right);

        return plot;
    }

    /// <summary>The y axis: from the scale's minimum when it is known (else just under the lowest interval) to just over the highest.</summary>
    internal static (double Bottom, double Top) YLimits(double low, double high, double? scaleMinimum)
    {
        var pad = Math.Max((high - low) * 0.08, 0.05);
        return (scaleMinimum is { } min && double.IsFinite(min) ? Math.Min(min, low) : low - pad, high + pad);
    }

    /// <summary>Points aligned to waves; NaN means and points past the last wave are dropped.</summary>
    private static MeanPoint?[] Usable(IReadOnlyList<MeanPoint?> points, int waveCount) =>
        Enumerable.Range(0, waveCount)
            .Select(i => i < points.Count && points[i] is { } p && double.IsFinite(p.Mean) ? p : null)
            .ToArray();

    /// <summary>Consecutive waves with a mean: lines join within a run and break at gaps.</summary>
    private static IEnumerable<int[]> Runs(MeanPoint?[] points)
    {
        var run = new List<int>();
        for (var i = 0; i <= points.Length; i++)
        {
            if (i < points.Length && points[i] is not null)
            {
                run.Add(i);
            }
            else if (run.Count > 0)
            {
                yield return run.ToArray();
                run.Clear();
            }
        }
    }
}
