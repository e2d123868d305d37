using ScottPlot;

namespace MentorEval.Reporting.Charts;

/// <summary>
/// Horizontal bars of counts, first bar at the top, e.g. the most common reasons a pair was flagged or the
/// warning signs per pair. Labels may be whole sentences: they are wrapped onto two lines.
/// </summary>
public static class CountBarChart
{
    public static byte[] Render(string title, string valueLabel, IReadOnlyList<(string Label, int Count)> bars)
    {
        using var plot = ChartCanvas.Create(title, valueLabel, string.Empty);
        var n = bars.Count;
        var barPlot = plot.Add.Bars(Enumerable.Range(0, n).Select(i => new Bar
        {
            Position = n - 1 - i,
            Value = Math.Max(0, bars[i].Count),
            Size = 0.7,
            FillColor = ChartColors.Blue,
            LineWidth = 0,
            Label = bars[i].Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToList());
        barPlot.Horizontal = true;
        ChartCanvas.Style(barPlot.ValueLabelStyle, n > 16 ? 13f : ChartCanvas.ValueLabelSize, ChartColors.Black, bold: true);

        // A reason of up to ~90 characters fits in two or three lines beside the bars while leaving them most of
        // the width; with many bars each gets less height, so fewer lines.
        var lines = n <= 8 ? 3 : n <= 16 ? 2 : 1;
        plot.Axes.Left.TickLabelStyle.FontSize = n > 16 ? 12f : n > 10 ? 14f : ChartCanvas.TickSize;
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(),
            bars.Select(b => ChartText.Wrap(b.Label, 46, lines)).ToArray());
        plot.Axes.SetLimitsY(-0.6, Math.Max(n, 1) - 0.4);

        // Room to the right of the longest bar for its count.
        var most = bars.Select(b => b.Count).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimitsX(0, Math.Max(most * 1.12, 1));
        if (plot.Axes.Bottom.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic ticks)
        {
            ticks.IntegerTicksOnly = true;
        }

        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        if (n == 0)
        {
            ChartCanvas.AddNote(plot, "No pairs flagged");
        }

        return ChartCanvas.ToPng(plot);
    }
}
