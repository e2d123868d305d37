namespace MentorEval.Core.Text;

/// <summary>
/// What a name (a wave, cohort, program or role, from the command line or a file's column) must be: printable text of
/// at most <see cref="MaxLength"/> characters. Names are stored and printed in tables, file names and reports, so a
/// control character or a screenful of text is refused where it comes in, with the reason.
/// </summary>
public static class NameText
{
    public const int MaxLength = 100;

    /// <summary>Why <paramref name="name"/> cannot be a <paramref name="what"/> (e.g. "wave name"), or null when it can.</summary>
    public static string? Problem(string name, string what)
    {
        if (string.IsNullOrWhiteSpace(name)) return $"the {what} is empty; give a name such as 2024-06";
        var unsafeAt = PrintableText.FirstUnsafe(name);
        if (unsafeAt >= 0)
        {
            return $"the {what} \"{Excerpt.Of(PrintableText.Escape(name))}\" contains the control character {PrintableText.Visible(name[unsafeAt])} " +
                   $"(character {unsafeAt + 1}); a name must be printable text: retype it without control characters";
        }

        return name.Length > MaxLength
            ? $"the {what} \"{Excerpt.Of(name)}\" is longer than {MaxLength} characters; give a shorter name"
            : null;
    }
}
