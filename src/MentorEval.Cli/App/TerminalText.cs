using MentorEval.Core.Text;

namespace MentorEval.Cli.App;

/// <summary>
/// The one way user data reaches the terminal: ids, names, item texts, file names and messages quoting them may hold
/// control characters (an escape sequence can move the cursor or clear the screen), so each is shown as a visible
/// escape (<c>\x1b</c>, see <see cref="PrintableText"/>), and Spectre markup brackets are escaped.
/// </summary>
public static class TerminalText
{
    /// <summary>A value for Spectre markup (tables, <c>MarkupLine</c>).</summary>
    public static string Escape(string text) => Spectre.Console.Markup.Escape(PrintableText.Escape(text));

    /// <summary>A message for a plain writer (errors): its own line breaks kept, every other control character escaped.</summary>
    public static string Lines(string message) =>
        string.Join(Environment.NewLine, message.ReplaceLineEndings("\n").Split('\n').Select(PrintableText.Escape));
}
