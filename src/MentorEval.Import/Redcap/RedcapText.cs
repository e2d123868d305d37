using System.Net;
using System.Text.RegularExpressions;

namespace MentorEval.Import.Redcap;

/// <summary>Turns REDCap's rich-text labels and snake_case names into the plain text and ids a definition uses.</summary>
internal static partial class RedcapText
{
    /// <summary>
    /// Labels may hold HTML (REDCap's rich text editor) and line breaks; reports need one plain line.
    /// Block tags become spaces so "a&lt;br&gt;b" does not read as "ab".
    /// </summary>
    public static string Plain(string html)
    {
        var text = BlockTag().Replace(html, " ");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return WhiteSpace().Replace(text, " ").Trim();
    }

    /// <summary>Lower-case words joined by dashes, as instrument and response scale ids are written ("Strongly agree" → "strongly-agree").</summary>
    public static string Slug(string text, int maxWords = int.MaxValue)
    {
        var words = NonAlphanumeric().Split(text.ToLowerInvariant()).Where(w => w.Length > 0).Take(maxWords);
        return string.Join("-", words);
    }

    /// <summary>A REDCap name read as words: "mentee_checkin" → "Mentee checkin".</summary>
    public static string Humanize(string name)
    {
        var words = name.Replace('_', ' ').Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>An id that passes the definition's item id rule (a letter, then letters, digits and underscores).</summary>
    public static string ColumnId(string name)
    {
        var id = NotIdCharacter().Replace(name.Trim(), "_");
        return id.Length > 0 && char.IsAsciiLetter(id[0]) ? id : "f" + id;
    }

    public static bool IsColumnId(string name) => ColumnIdPattern().IsMatch(name);

    public static string Shorten(string text, int length = 60)
    {
        var line = WhiteSpace().Replace(text, " ").Trim();
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }

    [GeneratedRegex(@"<\s*/?\s*(br|p|div|li|ul|ol|tr|td|th|h[1-6]|table|blockquote|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex(@"[^A-Za-z0-9_]")]
    private static partial Regex NotIdCharacter();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex ColumnIdPattern();
}
