namespace MentorEval.Import.Redcap;

/// <summary>One choice of a radio, dropdown or checkbox field: the code REDCap stores and its label (plain text).</summary>
internal sealed record RedcapChoice(string Code, string Label)
{
    /// <summary>
    /// Reads "1, Strongly disagree | 2, Disagree": choices are separated by "|" and the code ends at the first
    /// comma (labels may contain commas). Returns the problem instead when the list cannot be read.
    /// </summary>
    public static (IReadOnlyList<RedcapChoice> Choices, string? Problem) ParseList(string text)
    {
        var choices = new List<RedcapChoice>();
        // A trailing "|" is a common slip and loses nothing, so empty entries are skipped.
        foreach (var entry in text.Split('|').Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            var comma = entry.IndexOf(',');
            if (comma < 0) return ([], $"choice \"{RedcapText.Shorten(entry, 40)}\" has no comma between its code and its label");
            var code = entry[..comma].Trim();
            var label = RedcapText.Plain(entry[(comma + 1)..]);
            if (code.Length == 0) return ([], $"choice \"{RedcapText.Shorten(entry, 40)}\" has no code before its comma");
            if (label.Length == 0) return ([], $"choice \"{code}\" has no label after its comma");
            if (choices.Any(c => c.Code == code)) return ([], $"code \"{code}\" is used by two choices");
            choices.Add(new RedcapChoice(code, label));
        }

        return choices.Count == 0 ? ([], "it has no choices") : (choices, null);
    }
}
