namespace MentorEval.Import.Exports;

/// <summary>
/// Finds the separator and line break of a CSV file from its decoded start. The separator is the one of
/// <c>, ; tab</c> that occurs most often in the header line outside quotes (ties go to comma, then tab); an Excel
/// <c>sep=;</c> first line decides it outright.
/// </summary>
internal static class DialectSniffer
{
    internal readonly record struct Sniff(char Separator, bool FromHintLine, LineEnding LineEnding);

    public static Sniff Detect(ReadOnlySpan<char> text)
    {
        text = SkipBlankLines(text);
        var hint = SeparatorHint(text);
        var header = hint is null ? text : SkipBlankLines(text[Math.Min(text.Length, FirstLineLength(text) + 1)..]);
        var (separator, lineEnding) = ScanHeader(header);
        return new Sniff(hint ?? separator, hint is not null, lineEnding);
    }

    private static (char Separator, LineEnding LineEnding) ScanHeader(ReadOnlySpan<char> text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var inQuotes = false;
        var lineEnding = LineEnding.None;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (inQuotes)
            {
                continue;
            }
            else if (c == ',')
            {
                commas++;
            }
            else if (c == ';')
            {
                semicolons++;
            }
            else if (c == '\t')
            {
                tabs++;
            }
            else if (c is '\r' or '\n')
            {
                lineEnding = c == '\n' ? LineEnding.Lf : i + 1 < text.Length && text[i + 1] == '\n' ? LineEnding.CrLf : LineEnding.Cr;
                break;
            }
        }

        var separator = commas >= tabs && commas >= semicolons ? ',' : tabs >= semicolons ? '\t' : ';';
        return (separator, lineEnding);
    }

    /// <summary>Excel's <c>sep=;</c> line, which tells the separator and is not part of the data.</summary>
    private static char? SeparatorHint(ReadOnlySpan<char> text)
    {
        var line = text[..FirstLineLength(text)].Trim();
        return line.Length == 5 && line.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) ? line[4] : null;
    }

    private static int FirstLineLength(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : end;
    }

    private static ReadOnlySpan<char> SkipBlankLines(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var length = FirstLineLength(text);
            if (length == text.Length || !text[..length].IsWhiteSpace())
            {
                return text;
            }

            text = text[(length + 1)..];
        }
    }
}
