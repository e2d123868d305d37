using ScottPlot;

namespace MentorEval.Reporting.Charts;

/// <summary>Response rates by wave, one bar per series (e.g. mentors and mentees) side by side within each wave.</summary>
public static class ResponseRateChart
{
    public static byte[] Render(string title, IReadOnlyList<string> waves, IReadOnlyList<RateSeries> series)
    {
        using var plot = ChartCanvas.Create(title, "Wave", "Response rate (%)");
        var colors = ChartColors.ForSeries(series.Select(s => s.Label).ToArray(), new bool[series.Count]);
        var width = 0.8 / Math.Max(series.Count, 1);
        var drawn = 0;

        for (var s = 0; s < series.Count; s++)
        {
            var rates = series[s].Rates;
            var bars = Enumerable.Range(0, waves.Count)
                .Where(w => w < rates.Count && rates[w] is { } r && double.IsFinite(r))
                .Select(w =>
                {
                    var percent = Math.Clamp(rates[w]!.Value, 0, 1) * 100;
                    return new Bar
                    {
                        Position = w + (s - (series.Count - 1) / 2.0) * width,
                        Value = percent,
                        Size = width * 0.9,
                        FillColor = colors[s],
                        LineWidth = 0,
                        Label = $"{percent:0}%",
                    };
                })
                .ToList();
            drawn += bars.Count;

            // Listed even without bars, so the legend still names every series the report mentions.
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartText.WrapWhole(series[s].Label, ChartCanvas.LegendLineChars), FillColor = colors[s] });
            if (bars.Count == 0)
            {
                continue;
            }

            var barPlot = plot.Add.Bars(bars);
            ChartCanvas.Style(barPlot.ValueLabelStyle, ChartCanvas.ValueLabelSize, ChartColors.Black);
        }

        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, waves.Count).Select(i => (double)i).ToArray(),
            waves.Select(w => ChartText.Shorten(w, 24)).ToArray());

        // Room for at least three waves, so one or two waves do not give bars half the chart wide.
        var span = Math.Max(waves.Count, 3);
        var left = (waves.Count - 1) / 2.0 - span / 2.0;
        plot.Axes.SetLimitsX(left, left + span);

        // Headroom above 100% for the value labels; ticks stop at 100 because a rate cannot exceed it.
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, 6).Select(i => i * 20.0).ToArray(),
            Enumerable.Range(0, 6).Select(i => $"{i * 20}").ToArray());
        plot.Axes.SetLimitsY(0, 108);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;

        if (drawn == 0)
        {
            ChartCanvas.AddNote(plot, "No data");
        }

        ChartCanvas.LegendOutside(plot, Edge.Right);
        return ChartCanvas.ToPng(plot);
    }
}
