using MentorEval.Reporting.Charts;
using SkiaSharp;

namespace MentorEval.Reporting.Tests.Charts;

/// <summary>What a chart test needs to know about a PNG: its size and whether anything was drawn on it.</summary>
internal static class PngImage
{
    public static void ShouldBeAChart(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        bitmap.ShouldNotBeNull("the bytes are not a PNG");
        bitmap.Width.ShouldBe(ChartSize.Width);
        bitmap.Height.ShouldBe(ChartSize.Height);

        // ScottPlot can return a blank white image instead of failing (e.g. an edge legend with nothing to list).
        var pixels = bitmap.Pixels;
        var background = pixels[0];
        pixels.Count(p => p != background).ShouldBeGreaterThan(pixels.Length / 100);
        pixels.Distinct().Count().ShouldBeGreaterThan(10);
    }
}
