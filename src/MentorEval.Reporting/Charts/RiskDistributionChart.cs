using System.Globalization;
using ScottPlot;

namespace MentorEval.Reporting.Charts;

/// <summary>
/// How the pairs' probabilities of closing early are spread, with a line at the cut a pair is flagged from (the lowest
/// flagged probability under a capacity share, or the validated threshold), labelled with the rule.
/// </summary>
public static class RiskDistributionChart
{
    private const int Bins = 20;

    public static byte[] Render(string title, IReadOnlyList<double> probabilities, double? cut, string? cutLabel = null)
    {
        using var plot = ChartCanvas.Create(title, "Probability of closing early", "Pairs");
        var counts = new int[Bins];
        foreach (var p in probabilities.Where(double.IsFinite))
        {
            // Probability 1 belongs in the last bin, not a 21st.
            counts[Math.Min((int)(Math.Clamp(p, 0, 1) * Bins), Bins - 1)]++;
        }

        const double width = 1.0 / Bins;
        var bars = plot.Add.Bars(Enumerable.Range(0, Bins).Select(i => new Bar
        {
            Position = (i + 0.5) * width,
            Value = counts[i],
            Size = width * 0.92,
            FillColor = ChartColors.Blue,
            LineWidth = 0,
        }).ToList());
        var total = counts.Sum();
        if (total > 0)
        {
            bars.LegendText = total == 1 ? "1 pair" : $"{total} pairs";
        }

        if (cut is { } t && double.IsFinite(t))
        {
            var line = plot.Add.VerticalLine(Math.Clamp(t, 0, 1), 2.5f, ChartColors.Vermillion, LinePattern.Dashed);
            line.LegendText = cutLabel ?? string.Create(CultureInfo.InvariantCulture, $"Flagged: probability ≥ {t:0.00}");
        }

        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, 11).Select(i => i / 10.0).ToArray(),
            Enumerable.Range(0, 11).Select(i => (i / 10.0).ToString("0.0", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsX(0, 1);
        plot.Axes.SetLimitsY(0, Math.Max(counts.Max() * 1.1, 1));
        if (plot.Axes.Left.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic ticks)
        {
            ticks.IntegerTicksOnly = true;
        }

        if (total == 0)
        {
            ChartCanvas.AddNote(plot, "No data");
        }

        ChartCanvas.LegendOutside(plot, Edge.Right);
        return ChartCanvas.ToPng(plot);
    }
}
