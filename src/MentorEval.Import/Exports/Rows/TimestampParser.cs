namespace MentorEval.Import.Exports;

/// <summary>
/// Reads the timestamps survey tools write, without allocating: ISO 8601 (<c>2024-03-05T14:02:11Z</c>,
/// <c>2024-03-05 14:02:11</c>, with optional fraction and offset), and locale dates <c>3/5/2024 14:02:11</c>,
/// <c>03/05/2024 02:02:11 PM</c>, <c>05.03.2024 14:02</c> (dotted dates are day first in every locale that writes them),
/// two-digit years as 20yy.
/// </summary>
internal static class TimestampParser
{
    public static bool TryParse(ReadOnlySpan<char> text, out TimestampParts parts)
    {
        parts = default;
        var s = text.Trim();
        var pos = 0;
        if (!Number(s, ref pos, 4, out var n1, out var length1) || pos >= s.Length || s[pos] is not ('-' or '/' or '.'))
        {
            return false;
        }

        var separator = s[pos++];
        if (!Number(s, ref pos, 2, out var n2, out _) || pos >= s.Length || s[pos] != separator)
        {
            return false;
        }

        pos++;
        if (!Number(s, ref pos, 4, out var n3, out var length3))
        {
            return false;
        }

        var yearFirst = length1 == 4;
        if (yearFirst ? length3 > 2 : length3 is not (2 or 4))
        {
            return false;
        }

        var year = yearFirst ? n1 : length3 == 2 ? 2000 + n3 : n3;
        var (first, second) = yearFirst ? (n2, n3) : (n1, n2);
        var time = TimeSpan.Zero;
        TimeSpan? offset = null;
        if (pos < s.Length && !TryTime(s, ref pos, out time, out offset))
        {
            return false;
        }

        parts = new TimestampParts(year, first, second, yearFirst, separator == '.', time, offset);
        return true;
    }

    private static bool TryTime(ReadOnlySpan<char> s, ref int pos, out TimeSpan time, out TimeSpan? offset)
    {
        time = TimeSpan.Zero;
        offset = null;
        if (s[pos] is 'T' or 't' or ',')
        {
            pos++;
        }

        SkipSpaces(s, ref pos);
        if (!Number(s, ref pos, 2, out var hour, out _) || !Expect(s, ref pos, ':') || !Number(s, ref pos, 2, out var minute, out var minuteLength) || minuteLength != 2)
        {
            return false;
        }

        var second = 0;
        long fractionTicks = 0;
        if (pos < s.Length && s[pos] == ':')
        {
            pos++;
            if (!Number(s, ref pos, 2, out second, out var secondLength) || secondLength != 2)
            {
                return false;
            }

            if (pos < s.Length && s[pos] is '.' or ',' && pos + 1 < s.Length && char.IsAsciiDigit(s[pos + 1]))
            {
                pos++;
                long scale = TimeSpan.TicksPerSecond;
                while (pos < s.Length && char.IsAsciiDigit(s[pos]))
                {
                    scale /= 10;
                    fractionTicks += (s[pos++] - '0') * scale;
                }
            }
        }

        SkipSpaces(s, ref pos);
        if (TryMeridiem(s, ref pos, out var afternoon))
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = hour % 12 + (afternoon ? 12 : 0);
            SkipSpaces(s, ref pos);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeSpan(0, hour, minute, second) + TimeSpan.FromTicks(fractionTicks);
        if (pos < s.Length && !TryOffset(s, ref pos, out offset))
        {
            return false;
        }

        SkipSpaces(s, ref pos);
        return pos == s.Length;
    }

    private static bool TryMeridiem(ReadOnlySpan<char> s, ref int pos, out bool afternoon)
    {
        afternoon = false;
        var rest = s[pos..];
        foreach (var (text, pm) in Meridiems)
        {
            if (rest.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                pos += text.Length;
                afternoon = pm;
                return true;
            }
        }

        return false;
    }

    private static readonly (string Text, bool Afternoon)[] Meridiems = [("AM", false), ("PM", true), ("a.m.", false), ("p.m.", true)];

    private static bool TryOffset(ReadOnlySpan<char> s, ref int pos, out TimeSpan? offset)
    {
        offset = null;
        if (s[pos] is 'Z' or 'z')
        {
            pos++;
            offset = TimeSpan.Zero;
            return true;
        }

        if (s[pos..].StartsWith("UTC", StringComparison.OrdinalIgnoreCase) || s[pos..].StartsWith("GMT", StringComparison.OrdinalIgnoreCase))
        {
            pos += 3;
            offset = TimeSpan.Zero;
            if (pos == s.Length || s[pos] is not ('+' or '-'))
            {
                return true;
            }
        }

        if (s[pos] is not ('+' or '-'))
        {
            return false;
        }

        var sign = s[pos++] == '-' ? -1 : 1;
        if (!TwoDigits(s, ref pos, out var hours))
        {
            return false;
        }

        var minutes = 0;
        if (pos < s.Length && s[pos] == ':')
        {
            pos++;
        }

        if (pos < s.Length && char.IsAsciiDigit(s[pos]) && !TwoDigits(s, ref pos, out minutes))
        {
            return false;
        }

        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = sign * new TimeSpan(hours, minutes, 0);
        return true;
    }

    private static bool Number(ReadOnlySpan<char> s, ref int pos, int maxDigits, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        while (pos < s.Length && char.IsAsciiDigit(s[pos]) && digits < maxDigits)
        {
            value = value * 10 + (s[pos++] - '0');
            digits++;
        }

        // A longer run of digits is not a date part.
        return digits > 0 && (pos == s.Length || !char.IsAsciiDigit(s[pos]));
    }

    /// <summary>Exactly two digits, as in an offset (<c>+1300</c> runs hours and minutes together).</summary>
    private static bool TwoDigits(ReadOnlySpan<char> s, ref int pos, out int value)
    {
        value = 0;
        if (pos + 1 >= s.Length || !char.IsAsciiDigit(s[pos]) || !char.IsAsciiDigit(s[pos + 1]))
        {
            return false;
        }

        value = (s[pos] - '0') * 10 + (s[pos + 1] - '0');
        pos += 2;
        return true;
    }

    private static bool Expect(ReadOnlySpan<char> s, ref int pos, char c)
    {
        if (pos < s.Length && s[pos] == c)
        {
            pos++;
            return true;
        }

        return false;
    }

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int pos)
    {
        while (pos < s.Length && s[pos] == ' ')
        {
            pos++;
        }
    }
}
