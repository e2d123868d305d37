using System.Net;
using System.Text.RegularExpressions;

namespace MentorEval.Web.Tests.Support;

/// <summary>What a server-rendered page shows, read from its HTML: a table's body rows as cell texts, its inline charts.</summary>
public static partial class HtmlTables
{
    /// <summary>The body rows of the table with this id (or the first table with this class), each row's cells as their text.</summary>
    public static List<string[]> Rows(string html, string selector)
    {
        var start = selector.StartsWith('#')
            ? html.IndexOf($"id=\"{selector[1..]}\"", StringComparison.Ordinal)
            : html.IndexOf($"class=\"{selector[1..]}\"", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"The page has no table {selector}.");
        var body = html[html.IndexOf("<tbody>", start, StringComparison.Ordinal)..html.IndexOf("</tbody>", start, StringComparison.Ordinal)];
        return Row().Matches(body).Select(row => Cell().Matches(row.Groups[1].Value).Select(c => Text(c.Groups[1].Value)).ToArray()).ToList();
    }

    /// <summary>Every inline &lt;svg&gt; element of the page, as it is written there.</summary>
    public static List<string> Svgs(string html) => Svg().Matches(html).Select(m => m.Value).ToList();

    private static string Text(string cell) => Regex.Replace(WebUtility.HtmlDecode(Tag().Replace(cell, "")), @"\s+", " ").Trim();

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("<svg\\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}
