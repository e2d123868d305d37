using ScottPlot;
using SkiaSharp;

namespace MentorEval.Reporting.Charts;

/// <summary>What every chart shares: font, text sizes readable at 1200×700, the "no data" note and PNG export.</summary>
internal static class ChartCanvas
{
    public const float TitleSize = 22;

    // ScottPlot centres the title over the data area, which wide tick labels push right: about 52 bold characters
    // fit on either side of that centre; a longer title wraps onto a second line.
    private const int TitleLineChars = 52;
    public const float AxisLabelSize = 20;
    public const float TickSize = 16;
    public const float LegendSize = 16;
    public const float ValueLabelSize = 15;

    /// <summary>Legend entries wrap at this many characters instead of being cut.</summary>
    public const int LegendLineChars = 30;

    /// <param name="titleLineChars">Characters per title line; a chart whose data area is centred on the image has room for more.</param>
    /// <param name="titleLines">Title lines before the rest is cut with an ellipsis.</param>
    public static Plot Create(string title, string xLabel, string yLabel, int titleLineChars = TitleLineChars, int titleLines = 2)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Title(ChartText.Wrap(title, titleLineChars, titleLines), TitleSize);
        plot.XLabel(xLabel, AxisLabelSize);
        plot.YLabel(yLabel, AxisLabelSize);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = TickSize;

            // ScottPlot's default density crowds the axis once ticks are this large.
            if (axis.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic ticks)
            {
                ticks.TickDensity = 0.6;
            }
        }

        plot.Font.Set(ChartFonts.Family);

        // Font.Set pins a regular typeface on each label, which wins over Bold: pin the bold one on the title.
        plot.Axes.Title.Label.Font = Fonts.GetTypeface(ChartFonts.Family, bold: true, italic: false);
        plot.Legend.FontName = ChartFonts.Family;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.ShadowColor = Colors.Transparent;

        // Long enough to show a dashed line as dashed.
        plot.Legend.SymbolWidth = 36;
        return plot;
    }

    /// <summary>Text styled like the rest of the chart; ScottPlot would otherwise pick its own default face and size.</summary>
    public static void Style(LabelStyle label, float size, Color color, bool bold = false)
    {
        label.FontName = ChartFonts.Family;
        label.Bold = bold;

        // A label may already hold a typeface of its own, which wins over FontName and Bold.
        label.Font = Fonts.GetTypeface(ChartFonts.Family, bold, italic: false);
        label.FontSize = size;
        label.ForeColor = color;
    }

    /// <summary>Says in the middle of the data area why it is empty, so an empty chart is not mistaken for a broken one.</summary>
    public static void AddNote(Plot plot, string note)
    {
        var annotation = plot.Add.Annotation(note, Alignment.MiddleCenter);
        Style(annotation.LabelStyle, 24, ChartColors.Note);

        // On white so that a reference line (the dyad chart's identity line) does not run through the words.
        annotation.LabelStyle.BackgroundColor = Colors.White;
        annotation.LabelStyle.PixelPadding = new PixelPadding(12);
        annotation.LabelStyle.BorderColor = Colors.Transparent;
        annotation.LabelStyle.ShadowColor = Colors.Transparent;
    }

    /// <summary>Puts the legend beside the data area, where it cannot hide data.</summary>
    public static void LegendOutside(Plot plot, Edge edge)
    {
        // ScottPlot 5.1 renders a blank image when a legend panel has nothing to list.
        if (plot.Legend.GetItems().Length == 0)
        {
            return;
        }

        plot.ShowLegend(edge);
        plot.Legend.Orientation = edge is Edge.Top or Edge.Bottom ? Orientation.Horizontal : Orientation.Vertical;
    }

    /// <summary>
    /// The chart as PNG. Skia's default encoder tries all five row filters on every row, which costs more than
    /// drawing the chart; flat-coloured charts compress as well or better unfiltered (about twice as fast).
    /// </summary>
    public static byte[] ToPng(Plot plot)
    {
        using var surface = SKSurface.Create(new SKImageInfo(ChartSize.Width, ChartSize.Height));
        plot.Render(surface.Canvas, ChartSize.Width, ChartSize.Height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, zLibLevel: 6))
                        ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return png.ToArray();
    }
}
