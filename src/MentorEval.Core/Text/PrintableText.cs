using System.Globalization;
using System.Text;

namespace MentorEval.Core.Text;

/// <summary>
/// Characters that must never reach a terminal (or a name) as they are: C0 and C1 controls and DEL, which move the
/// cursor, clear the screen or ring the bell, and the bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), which reorder what is shown around them. <see cref="Escape"/> writes each as a visible escape
/// (<c>\x1b</c>, <c>\u202e</c>), so a hostile value in a file shows what it holds instead of acting on the screen.
/// </summary>
public static class PrintableText
{
    public static bool IsUnsafe(char c) =>
        c < 0x20 || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';

    /// <summary>The position of the first unsafe character, or -1.</summary>
    public static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i])) return i;
        }

        return -1;
    }

    /// <summary>How an unsafe character is shown: <c>\x1b</c> for a control, <c>\u202e</c> for a bidi control.</summary>
    public static string Visible(char c) =>
        c <= '\u00ff'
            ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture)
            : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);

    /// <summary>The text with every unsafe character replaced by its visible escape; the same string when there is none.</summary>
    public static string Escape(string text)
    {
        var first = FirstUnsafe(text);
        if (first < 0) return text;
        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (IsUnsafe(text[i])) escaped.Append(Visible(text[i]));
            else escaped.Append(text[i]);
        }

        return escaped.ToString();
    }
}
