using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using ScottPlot;

namespace MentorEval.Reporting.Charts;

/// <summary>
/// A chart as an SVG element to put inside a web page: the same drawing as the workbook's PNG, scaled to its box,
/// named for a screen reader, and safe to insert as markup.
/// </summary>
/// <remarks>
/// Skia's SVG writer escapes the text it draws, and labels come from data (scale, cohort and item names); the output is
/// still read back as XML and only drawing elements and attributes are kept, so a label can never become markup or
/// script. Skia numbers its clip paths from 1 in every chart: each chart's ids get a prefix of their own, or a second
/// chart on the page would clip by the first one's.
/// </remarks>
public static class ChartSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private static readonly HashSet<string> DrawingElements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "clipPath", "mask", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "linearGradient", "radialGradient", "stop", "pattern", "use",
    };

    internal static string Of(Plot plot, string title) => Inline(plot.GetSvgXml(ChartSize.Width, ChartSize.Height), title);

    /// <summary>The SVG document made fit for a page: see the remarks.</summary>
    /// <param name="label">What the chart shows, for a screen reader (its title).</param>
    public static string Inline(string document, string label)
    {
        var root = XDocument.Parse(document).Root ?? throw new InvalidOperationException("The chart's SVG has no root element.");
        if (root.Name != Svg + "svg") throw new InvalidOperationException($"The chart's SVG starts with <{root.Name.LocalName}>.");
        foreach (var element in root.Descendants().Where(e => e.Name.Namespace != Svg || !DrawingElements.Contains(e.Name.LocalName)).ToList()) element.Remove();
        foreach (var attribute in root.DescendantsAndSelf().Attributes().Where(Unsafe).ToList()) attribute.Remove();

        var prefix = "c" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document)))[..8].ToLowerInvariant() + "-";
        var ids = root.Descendants().Attributes("id").Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var attribute in root.Descendants().Attributes())
        {
            if (attribute.Name == "id") attribute.Value = prefix + attribute.Value;
            else if (attribute.Value.Contains('#')) attribute.Value = Renamed(attribute.Value, ids, prefix);
        }

        var width = Size(root.Attribute("width"), ChartSize.Width);
        var height = Size(root.Attribute("height"), ChartSize.Height);
        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        root.SetAttributeValue("viewBox", FormattableString.Invariant($"0 0 {width} {height}"));
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-label", label);
        root.SetAttributeValue("class", "chart");
        return root.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces);
    }

    /// <summary>Event handlers, styles (the page allows only its stylesheet) and links anywhere but inside the chart.</summary>
    private static bool Unsafe(XAttribute attribute)
    {
        var name = attribute.Name.LocalName;
        if (attribute.IsNamespaceDeclaration) return attribute.Value != Svg.NamespaceName && attribute.Value != XLink.NamespaceName;
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name == "style") return true;
        return name == "href" && !attribute.Value.StartsWith('#');
    }

    /// <summary>References to the chart's own ids (url(#id), #id) with the chart's prefix.</summary>
    private static string Renamed(string value, HashSet<string> ids, string prefix)
    {
        foreach (var id in ids.OrderByDescending(i => i.Length))
        {
            value = value.Replace($"url(#{id})", $"url(#{prefix}{id})", StringComparison.Ordinal);
            if (value == "#" + id) value = "#" + prefix + id;
        }

        return value;
    }

    private static double Size(XAttribute? attribute, int fallback) =>
        attribute is not null && double.TryParse(attribute.Value.Replace("px", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var size) ? size : fallback;
}
