using ScottPlot;

namespace MentorEval.Reporting.Charts;

/// <summary>
/// Mentor's against mentee's score on one shared scale, one marker per pair; pairs off the identity line see
/// the relationship differently.
/// </summary>
public static class DyadScatterChart
{
    // Fixed, so the same pairs always give the same picture.
    private const int JitterSeed = 6;

    internal const int TitleLineChars = 72;
    internal const int TitleLines = 3;
    private const int TitleLineHeight = 28;
    private const int AxisScaleChars = 32;

    public static byte[] Render(string title, string scaleLabel, IReadOnlyList<(double Mentor, double Mentee)> pairs, double min, double max)
    {
        using var plot = Draw(title, scaleLabel, pairs, min, max);
        return ChartCanvas.ToPng(plot);
    }

    internal static Plot Draw(string title, string scaleLabel, IReadOnlyList<(double Mentor, double Mentee)> pairs, double min, double max)
    {
        // The data area is centred on the image, so the title has the whole width: long scale and instrument names fit whole.
        // A long scale name on the upright axis would run past the square into the title; the title names the scale anyway.
        var axisName = scaleLabel.Length <= AxisScaleChars ? scaleLabel : "score";
        var plot = ChartCanvas.Create(title, $"Mentor's {axisName}", $"Mentee's {axisName}", TitleLineChars, TitleLines);
        (min, max) = Limits(pairs, min, max);

        var points = pairs.Where(p => double.IsFinite(p.Mentor) && double.IsFinite(p.Mentee)).ToArray();

        // Scale scores are averages of a few items, so many pairs share exactly the same point; a little
        // jitter shows how many there are.
        var random = new Random(JitterSeed);
        var spread = (max - min) * 0.012;
        double Jitter(double value) => Math.Clamp(value + (random.NextDouble() * 2 - 1) * spread, min, max);
        var xs = new double[points.Length];
        var ys = new double[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            xs[i] = Jitter(points[i].Mentor);
            ys[i] = Jitter(points[i].Mentee);
        }

        // A little room beyond the scale so markers on its ends are not cut in half by the frame.
        var pad = (max - min) * 0.04;
        var identity = plot.Add.Line(min - pad, min - pad, max + pad, max + pad);
        identity.LineColor = ChartColors.Reference;
        identity.LineWidth = 2;
        identity.LinePattern = LinePattern.Dashed;
        identity.LegendText = "Mentor = mentee";

        if (points.Length > 0)
        {
            // Smaller markers as pairs multiply: thousands of large ones only cover each other, and drawing them is most
            // of a large report's chart time (a marker's cost grows with its area).
            var size = points.Length <= 1_000 ? 10 : points.Length <= 5_000 ? 7 : 5;
            var markers = plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, size, ChartColors.Blue.WithAlpha(0.35));
            markers.LegendText = points.Length == 1 ? "1 pair" : $"{points.Length} pairs";
        }
        else
        {
            ChartCanvas.AddNote(plot, "No pairs with both scores");
        }

        // Equal limits and a square data area keep the identity line at 45°.
        plot.Axes.SetLimits(min - pad, max + pad, min - pad, max + pad);
        // Room above the square for every title line, taken from the square rather than from the title.
        var top = 16 + TitleLineHeight * TitleLineCount(title);
        var side = Math.Min(540, ChartSize.Height - top - 90);
        var left = (ChartSize.Width - side) / 2;
        plot.Layout.Fixed(new PixelRect(left, left + side, top + side, top));
        ChartCanvas.LegendOutside(plot, Edge.Right);
        return plot;
    }

    internal static int TitleLineCount(string title) => ChartText.Wrap(title, TitleLineChars, TitleLines).Split('\n').Length;

    /// <summary>The scale's range as given; widened to the data when scores fall outside it, and never empty.</summary>
    private static (double Min, double Max) Limits(IReadOnlyList<(double Mentor, double Mentee)> pairs, double min, double max)
    {
        if (min > max)
        {
            (min, max) = (max, min);
        }

        var values = pairs.SelectMany(p => new[] { p.Mentor, p.Mentee }).Where(double.IsFinite).ToList();
        var low = double.IsFinite(min) ? min : values.DefaultIfEmpty(0).Min();
        var high = double.IsFinite(max) ? max : values.DefaultIfEmpty(1).Max();
        if (values.Count > 0)
        {
            low = Math.Min(low, values.Min());
            high = Math.Max(high, values.Max());
        }

        return high > low ? (low, high) : (low - 0.5, low + 0.5);
    }
}
