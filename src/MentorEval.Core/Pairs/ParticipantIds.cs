using System.Globalization;
using System.Text;

namespace MentorEval.Core.Pairs;

/// <summary>
/// How participant and pair ids are compared: in Unicode NFKC form (full-width letters become ASCII ones, ligatures and
/// superscripts their plain letters), without invisible format characters (zero-width space and joiners, word joiner,
/// byte order mark, soft hyphen), trimmed. Spreadsheets and survey tools add these without anyone seeing them. A
/// look-alike letter from another script (Cyrillic 'М' for Latin 'M') is a different letter after NFKC, so it stays a
/// different id; <see cref="LookAlikes"/> finds it for the message that rejects it.
/// </summary>
/// <remarks>
/// The CLI runs with InvariantGlobalization, where <see cref="string.Normalize()"/> changes nothing, so NFKC comes from
/// a table of every character's compatibility form (<see cref="CompatibilityForms"/>, generated from the Unicode data).
/// It is applied character by character: an accent typed as a separate combining mark is not composed with its letter,
/// which an id of letters, digits and punctuation never needs.
/// </remarks>
public static class ParticipantIds
{
    public static string Normalise(string id)
    {
        if (IsPlainAscii(id)) return id;
        var kept = new StringBuilder(id.Length);
        foreach (var rune in id.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format) continue;
            var at = rune.Value < 0xA0 ? -1 : Array.BinarySearch(CompatibilityForms.CodePoints, rune.Value);
            if (at < 0)
            {
                kept.Append(rune.ToString());
                continue;
            }

            // A compatibility form can itself hold a format character (none today); it goes too.
            foreach (var c in CompatibilityForms.Forms[at])
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) kept.Append(c);
            }
        }

        return kept.ToString().Trim();
    }

    /// <summary>The id with every invisible or control character written as &lt;U+XXXX&gt;, for messages.</summary>
    public static string Visible(string id)
    {
        if (IsPlainAscii(id)) return id;
        var text = new StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                text.Append($"<U+{(int)c:X4}>");
            else text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>The letters of <paramref name="id"/> from another script that look like Latin ones, with the Latin letter each imitates.</summary>
    public static IReadOnlyList<(char Letter, char Latin)> LookAlikes(string id)
    {
        List<(char, char)>? found = null;
        foreach (var c in id)
        {
            if (c >= 0x80 && LatinLookAlike(c) is { } latin) (found ??= []).Add((c, latin));
        }

        return found ?? (IReadOnlyList<(char, char)>)[];
    }

    /// <summary>The id with each look-alike letter replaced by the Latin one it imitates: what the person probably meant.</summary>
    public static string Skeleton(string id)
    {
        if (IsPlainAscii(id)) return id;
        var chars = id.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (LatinLookAlike(chars[i]) is { } latin) chars[i] = latin;
        }

        return new string(chars);
    }

    /// <summary>"Cyrillic" or "Greek": the script of a look-alike letter, for messages.</summary>
    public static string ScriptOf(char letter) => letter is >= '\u0370' and <= '\u03FF' ? "Greek" : "Cyrillic";

    /// <summary>The edit (Levenshtein) distance between two ids, or more than <paramref name="limit"/> as soon as it is known to be.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        // Two rows of the table, on the stack: a roster of many ids is scanned once per unknown id.
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit) return limit + 1;
            current.CopyTo(previous);
        }

        return previous[b.Length];
    }

    private static bool IsPlainAscii(string id)
    {
        // Spaces count as not plain, so that an id that needs trimming takes the slow path.
        foreach (var c in id)
        {
            if (c is < '!' or > '~') return false;
        }

        return true;
    }

    // Cyrillic and Greek capitals and small letters that are drawn like Latin ones in common fonts.
    private static char? LatinLookAlike(char c) => c switch
    {
        'А' or 'Α' => 'A', 'В' or 'Β' => 'B', 'С' or 'Ϲ' => 'C', 'Е' or 'Ε' => 'E', 'Н' or 'Η' => 'H', 'І' or 'Ι' => 'I', 'Ј' => 'J',
        'К' or 'Κ' => 'K', 'М' or 'Μ' => 'M', 'Ν' => 'N', 'О' or 'Ο' => 'O', 'Р' or 'Ρ' => 'P', 'Ѕ' => 'S', 'Т' or 'Τ' => 'T',
        'Х' or 'Χ' => 'X', 'Υ' or 'Ү' => 'Y', 'Ζ' => 'Z',
        'а' => 'a', 'с' or 'ϲ' => 'c', 'е' => 'e', 'һ' => 'h', 'і' => 'i', 'ј' => 'j', 'о' or 'ο' => 'o', 'р' or 'ρ' => 'p',
        'ѕ' => 's', 'х' => 'x', 'у' => 'y', 'ԁ' => 'd', 'ν' => 'v',
        _ => null,
    };
}
