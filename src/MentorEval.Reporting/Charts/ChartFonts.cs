using ScottPlot;
using SkiaSharp;

namespace MentorEval.Reporting.Charts;

/// <summary>The charts' one font, DejaVu Sans, loaded from this assembly's embedded TTFs and registered with ScottPlot once.</summary>
internal static class ChartFonts
{
    public const string Family = "DejaVu Sans";

    private const string ResourcePrefix = "MentorEval.Reporting.Charts.Fonts.";

    private static readonly Lazy<EmbeddedFontResolver> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the resolver on first use; later calls return the same one.</summary>
    public static EmbeddedFontResolver EnsureRegistered() => Registered.Value;

    private static EmbeddedFontResolver Register()
    {
        var resolver = new EmbeddedFontResolver(Family, Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));

        // ScottPlot asks its resolvers in order and the system one comes first: put ours ahead of it,
        // or a machine's own DejaVu Sans (or, with no fonts, a fallback face) would be used instead.
        lock (Fonts.FontResolvers)
        {
            Fonts.FontResolvers.Insert(0, resolver);
        }

        return resolver;
    }

    /// <summary>The bytes of one of the shipped TTFs (the PDF brief embeds the same faces).</summary>
    public static byte[] FileBytes(string fileName)
    {
        using var stream = Open(fileName);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static Stream Open(string fileName) =>
        typeof(ChartFonts).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new InvalidOperationException($"Embedded font {ResourcePrefix + fileName} is missing from {typeof(ChartFonts).Assembly.GetName().Name}.");

    private static SKTypeface Load(string fileName)
    {
        var stream = Open(fileName);

        // SKTypeface takes ownership of the stream and reads glyphs from it lazily, so it is not disposed here.
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"Embedded font {ResourcePrefix + fileName} could not be read as a typeface.");
    }
}
