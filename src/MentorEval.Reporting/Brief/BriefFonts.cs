using PdfSharp.Fonts;
using MentorEval.Reporting.Charts;

namespace MentorEval.Reporting.Brief;

/// <summary>
/// Serves PDFsharp the charts' DejaVu Sans from this assembly, so the brief embeds the same faces on any machine
/// (PDFsharp on Linux has no system fonts of its own). Every family asked for gets DejaVu Sans; there is no italic face.
/// </summary>
internal sealed class BriefFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lazy<BriefFonts> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<byte[]> regular = new(() => ChartFonts.FileBytes(RegularFace + ".ttf"));
    private readonly Lazy<byte[]> bold = new(() => ChartFonts.FileBytes(BoldFace + ".ttf"));

    /// <summary>PDFsharp takes one resolver per process, set before its first font: set ours once.</summary>
    public static void EnsureInstalled() => _ = Installed.Value;

    private static BriefFonts Install()
    {
        var fonts = new BriefFonts();
        GlobalFontSettings.FontResolver = fonts;
        return fonts;
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(isBold ? BoldFace : RegularFace);

    public byte[] GetFont(string faceName) => faceName == BoldFace ? bold.Value : regular.Value;
}
