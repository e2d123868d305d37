using ScottPlot;
using SkiaSharp;

namespace MentorEval.Reporting.Charts;

/// <summary>
/// Serves one font family from typefaces we ship, so a chart looks the same on a machine with no fonts installed.
/// </summary>
internal sealed class EmbeddedFontResolver(string family, SKTypeface regular, SKTypeface bold) : IFontResolver
{
    public string Family { get; } = family;

    public SKTypeface Regular { get; } = regular;

    public SKTypeface Bold { get; } = bold;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    // No italic face is shipped: an upright face of the right family beats another family's italic.
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? (bold ? Bold : Regular) : null;
}
