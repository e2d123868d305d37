using System.Globalization;
using MentorEval.Core.Retention;
using ScottPlot;

namespace MentorEval.Reporting.Charts;

/// <summary>
/// The share of pairs still running by month since the match started, one step line per group with its 95% band
/// (log-log), a mark where a pair was censored, and under the axis how many pairs of each group were still at risk.
/// </summary>
public static class KaplanMeierChart
{
    public static byte[] Render(string title, IReadOnlyList<RetentionGroup> groups)
    {
        using var plot = Draw(title, groups);
        return ChartCanvas.ToPng(plot);
    }

    /// <summary>The same chart as SVG, for a web page (<see cref="ChartSvg"/>).</summary>
    public static string RenderSvg(string title, IReadOnlyList<RetentionGroup> groups)
    {
        using var plot = Draw(title, groups);
        return ChartSvg.Of(plot, title);
    }

    private static Plot Draw(string title, IReadOnlyList<RetentionGroup> groups)
    {
        var plot = ChartCanvas.Create(title, "Months since the match started", "Share still running");
        var colors = new[] { ChartColors.Blue, ChartColors.Vermillion, ChartColors.BluishGreen, ChartColors.ReddishPurple, ChartColors.Orange, ChartColors.SkyBlue, ChartColors.Black };
        var last = groups.SelectMany(g => g.Curve.Steps).Select(s => s.Months).DefaultIfEmpty(0).Max();
        for (var i = 0; i < groups.Count; i++)
        {
            var color = colors[i % colors.Length];
            var steps = groups[i].Curve.Steps;
            var (xs, ys) = Staircase(steps.Select(s => (s.Months, s.StillRunning)));
            var bands = steps.Where(s => s.Lower is not null && s.Upper is not null).ToList();
            if (bands.Count > 0)
            {
                var (bx, lower) = Staircase(bands.Select(s => (s.Months, s.Lower!.Value)), toEnd: false);
                var (_, upper) = Staircase(bands.Select(s => (s.Months, s.Upper!.Value)), toEnd: false);
                var fill = plot.Add.FillY(bx, upper, lower);
                fill.FillColor = color.WithAlpha(0.15);
                fill.LineWidth = 0;
            }

            var line = plot.Add.Scatter(xs, ys, color);
            line.MarkerSize = 0;
            line.LineWidth = 2.5f;
            line.LegendText = $"{groups[i].Name} ({groups[i].Curve.Pairs} pairs)";
            var censored = steps.Where(s => s.Censored > 0).ToList();
            if (censored.Count > 0)
            {
                var marks = plot.Add.Markers(censored.Select(s => s.Months).ToArray(), censored.Select(s => s.StillRunning).ToArray(), MarkerShape.Cross, 9, color);
                marks.LegendText = "";
            }
        }

        // Ticks every three months, each with the pairs still at risk per group (legend order) beneath it.
        var ticks = Enumerable.Range(0, (int)Math.Floor(last / 3) + 1).Select(k => 3.0 * k).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, ticks.Select(t =>
            t.ToString("0", CultureInfo.InvariantCulture) + "\n" + string.Join(" · ", groups.Select(g => AtRisk(g.Curve, t).ToString(CultureInfo.InvariantCulture)))).ToArray());
        plot.Axes.SetLimitsX(0, Math.Max(last, 1) * 1.02);
        plot.Axes.SetLimitsY(0, 1.02);
        if (groups.Count == 0 || groups.All(g => g.Curve.Steps.Count == 0)) ChartCanvas.AddNote(plot, "No data");
        else plot.Axes.Bottom.Label.Text = "Months since the match started (under each month: pairs at risk, in legend order)";
        ChartCanvas.LegendOutside(plot, Edge.Right);
        return plot;
    }

    /// <summary>How many of the group's pairs were still at risk (neither closed nor censored) just before <paramref name="months"/>.</summary>
    private static int AtRisk(SurvivalCurve curve, double months) =>
        curve.Steps.FirstOrDefault(s => s.Months >= months)?.AtRisk ?? 0;

    /// <summary>A step function from (0, 1): flat until each time, then down to its value.</summary>
    private static (double[] X, double[] Y) Staircase(IEnumerable<(double X, double Y)> points, bool toEnd = true)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        var previous = 1.0;
        var first = true;
        foreach (var (x, y) in points)
        {
            if (first && toEnd)
            {
                xs.Add(0);
                ys.Add(1);
                xs.Add(x);
                ys.Add(1);
            }
            else if (!first)
            {
                xs.Add(x);
                ys.Add(previous);
            }

            xs.Add(x);
            ys.Add(y);
            previous = y;
            first = false;
        }

        return (xs.ToArray(), ys.ToArray());
    }
}
