using System.Buffers;
using System.Text;
using System.Xml;
using ClosedXML.Excel;

namespace MentorEval.Reporting.Workbook;

/// <summary>
/// Text as a workbook's XML can carry it. XML 1.0 forbids most control characters, and a broken export can leave one
/// in a wave name or an answer; writing it would abort the whole report. Those characters (and halves of broken
/// surrogate pairs) are dropped; every other character is kept exactly.
/// </summary>
internal static class XmlText
{
    // Printable ASCII: text made only of these needs no look at each character (nor escaping, without & < >).
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(
        Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).ToArray());

    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => c is not ('&' or '<' or '>')).ToArray());

    /// <summary>Puts user text into a cell as text, never a formula, whatever it starts with.</summary>
    public static IXLCell SetText(this IXLCell cell, string text) => cell.SetValue<string>(Carryable(text));

    public static string Carryable(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(PrintableAscii) || !NeedsCleaning(text)) return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSurrogatePairAt(text, i))
            {
                kept.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    /// <summary>Writes text as XML element content: markup characters escaped, characters XML cannot carry dropped.</summary>
    public static void WriteEscaped(TextWriter xml, string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(PlainAscii))
        {
            xml.Write(text);
            return;
        }

        foreach (var ch in Carryable(text))
        {
            switch (ch)
            {
                case '&': xml.Write("&amp;"); break;
                case '<': xml.Write("&lt;"); break;
                case '>': xml.Write("&gt;"); break;
                default: xml.Write(ch); break;
            }
        }
    }

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSurrogatePairAt(text, i)) i++;
            else if (!XmlConvert.IsXmlChar(text[i])) return true;
        }

        return false;
    }

    private static bool IsSurrogatePairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
}
