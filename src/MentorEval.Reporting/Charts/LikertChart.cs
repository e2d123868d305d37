using ScottPlot;

namespace MentorEval.Reporting.Charts;

/// <summary>
/// Diverging stacked bars of Likert answers, one bar per item, centred on the scale's neutral middle so that
/// disagreement reads to the left and agreement to the right.
/// </summary>
public static class LikertChart
{
    /// <summary>Under a reverse-scored item's label; the axis title says what it means.</summary>
    internal const string ReverseScoredMark = "(reverse-scored)";

    private const int ItemLabelChars = 44;

    public static byte[] Render(string title, IReadOnlyList<string> labels, IReadOnlyList<LikertItem> items)
    {
        using var plot = Draw(title, labels, items);
        return ChartCanvas.ToPng(plot);
    }

    /// <summary>The same chart as SVG, for a web page (<see cref="ChartSvg"/>).</summary>
    public static string RenderSvg(string title, IReadOnlyList<string> labels, IReadOnlyList<LikertItem> items)
    {
        using var plot = Draw(title, labels, items);
        return ChartSvg.Of(plot, title);
    }

    internal static Plot Draw(string title, IReadOnlyList<string> labels, IReadOnlyList<LikertItem> items)
    {
        // Red on a negatively worded item ("I have thought about ending") is good news: say so where the eye goes.
        var xLabel = items.Any(i => i.ReverseScored)
            ? "Share of answers (%). Reverse-scored items: disagreeing is the good answer"
            : "Share of answers (%)";
        var plot = ChartCanvas.Create(title, xLabel, string.Empty);
        var colors = ChartColors.Diverging(labels.Count);
        var bars = Enumerable.Range(0, labels.Count).Select(_ => new List<Bar>()).ToArray();
        const double barHeight = 0.7;

        for (var row = 0; row < items.Count; row++)
        {
            var shares = Normalised(items[row].Shares, labels.Count);
            if (shares is null)
            {
                continue;
            }

            // First item at the top, as in the questionnaire.
            var position = items.Count - 1 - row;
            var left = -LeftOfCentre(shares) * 100;
            for (var j = 0; j < labels.Count; j++)
            {
                var width = shares[j] * 100;
                bars[j].Add(new Bar
                {
                    Position = position,
                    ValueBase = left,
                    Value = left + width,
                    Size = barHeight,
                    FillColor = colors[j],
                    LineWidth = 0,
                    Label = width >= 7 && items.Count <= 16 ? $"{width:0}" : string.Empty,
                    CenterLabel = true,
                });
                left += width;
            }
        }

        for (var j = 0; j < labels.Count; j++)
        {
            var barPlot = plot.Add.Bars(bars[j]);
            barPlot.Horizontal = true;
            barPlot.LegendText = ChartText.WrapWhole(labels[j], 28);
            barPlot.Color = colors[j];
            ChartCanvas.Style(barPlot.ValueLabelStyle, 14, InkOn(colors[j]));
        }

        // Behind the bars: a line drawn on top would cross the neutral segment's label.
        var centre = plot.Add.Line(0, -0.6, 0, Math.Max(items.Count, 1) - 0.4);
        centre.LineColor = ChartColors.Reference;
        centre.LineWidth = 1.5f;
        plot.MoveToBack(centre);

        // Percentages either side of the centre are both shares of answers, so both read as positive.
        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, 9).Select(i => -100 + 25.0 * i).ToArray(),
            Enumerable.Range(0, 9).Select(i => $"{Math.Abs(-100 + 25 * i)}").ToArray());
        plot.Axes.SetLimitsX(-100, 100);

        var tickSize = items.Count > 18 ? 12f : items.Count > 12 ? 14f : ChartCanvas.TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = tickSize;
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, items.Count).Select(row => (double)(items.Count - 1 - row)).ToArray(),
            items.Select(ItemLabel).ToArray());
        plot.Axes.SetLimitsY(-0.6, Math.Max(items.Count, 1) - 0.4);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        if (bars.All(b => b.Count == 0))
        {
            ChartCanvas.AddNote(plot, "No data");
        }

        // One row reads like the answer scale itself, low to high.
        plot.Legend.TightHorizontalWrapping = true;
        plot.Legend.SymbolWidth = 20;
        plot.Legend.FontSize = 15;
        ChartCanvas.LegendOutside(plot, Edge.Bottom);

        return plot;
    }

    /// <summary>The item's label as the axis shows it; a reverse-scored item's mark has a line of its own, never cut for length.</summary>
    internal static string ItemLabel(LikertItem item) =>
        ChartText.Shorten(item.Label, ItemLabelChars) + (item.ReverseScored ? "\n" + ReverseScoredMark : "");

    /// <summary>
    /// Shares scaled to sum to 1 (rounded shares would shift the centre); NaN counts as none.
    /// Null when the item has no answers.
    /// </summary>
    internal static double[]? Normalised(IReadOnlyList<double> shares, int count)
    {
        var clean = Enumerable.Range(0, count)
            .Select(j => j < shares.Count && double.IsFinite(shares[j]) ? Math.Max(0, shares[j]) : 0)
            .ToArray();
        var total = clean.Sum();
        return total > 0 ? clean.Select(s => s / total).ToArray() : null;
    }

    /// <summary>Share below the neutral point: the lower half of the labels, plus half of the middle one when the count is odd.</summary>
    internal static double LeftOfCentre(double[] shares)
    {
        var half = shares.Length / 2;
        var left = shares.Take(half).Sum();
        return shares.Length % 2 == 1 ? left + shares[half] / 2 : left;
    }

    /// <summary>White on the dark ends of the scale, black on the light middle.</summary>
    private static Color InkOn(Color fill) => fill.Luminance < 0.5 ? Colors.White : Colors.Black;
}
