using System.Text;

namespace MentorEval.Reporting.Charts;

/// <summary>Keeps user-supplied labels (item wordings, reasons, series names) to a size a 1200×700 chart can show.</summary>
internal static class ChartText
{
    private const string Ellipsis = "…";

    public static string Shorten(string text, int maxChars)
    {
        var clean = Collapse(text);
        return clean.Length <= maxChars ? clean : clean[..(maxChars - 1)].TrimEnd() + Ellipsis;
    }

    /// <summary>Breaks at spaces into at most <paramref name="maxLines"/> lines; what does not fit ends in an ellipsis.</summary>
    public static string Wrap(string text, int lineChars, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in Collapse(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > lineChars)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        if (lines.Count > maxLines)
        {
            // The overflow is longer than a line by construction, so Shorten ends it in an ellipsis.
            var overflow = string.Join(' ', lines.Skip(maxLines - 1));
            lines.RemoveRange(maxLines - 1, lines.Count - maxLines + 1);
            lines.Add(Shorten(overflow, lineChars));
        }

        // A single word longer than a line is cut rather than allowed to push the plot aside.
        return string.Join('\n', lines.Select(l => Shorten(l, lineChars)));
    }

    /// <summary>
    /// Breaks at spaces into lines of at most <paramref name="lineChars"/>, dropping nothing: a word longer than a line is
    /// split across lines. For legend entries, which name what a line or bar is and must be read whole.
    /// </summary>
    public static string WrapWhole(string text, int lineChars)
    {
        var words = Collapse(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(word => word.Chunk(lineChars).Select(chunk => new string(chunk)));
        return Wrap(string.Join(' ', words), lineChars, int.MaxValue);
    }

    /// <summary>Labels come from CSV cells: tabs and line breaks would upset the chart's layout.</summary>
    private static string Collapse(string text) =>
        string.Join(' ', (text ?? string.Empty).Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
