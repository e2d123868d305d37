using System.Globalization;

namespace MentorEval.Core.Text;

/// <summary>
/// A value quoted in a message, cut to a readable length: a 10 MB cell must not become 10 MB of message. Whoever
/// needs the whole value finds it where it came from (the file, or the rejects file, which keeps it whole).
/// </summary>
public static class Excerpt
{
    public const int MaxLength = 80;

    /// <summary>A message quotes values cut already; it is cut only when a value slipped in whole.</summary>
    public const int MaxMessageLength = 1000;

    /// <summary>The text itself when it is short; else its first <see cref="MaxLength"/> characters, "…" and its length
    /// (<c>9999999… (10,000,000 characters)</c>).</summary>
    public static string Of(string text) => Cut(text, MaxLength);

    /// <summary>A message cut to <see cref="MaxMessageLength"/> (one that quotes a whole huge value), like <see cref="Of"/>.</summary>
    public static string OfMessage(string text) => Cut(text, MaxMessageLength);

    private static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = max;
        // Never split a surrogate pair: half a character is not text.
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return string.Concat(text.AsSpan(0, cut), "… (", text.Length.ToString("N0", CultureInfo.InvariantCulture), " characters)");
    }
}
