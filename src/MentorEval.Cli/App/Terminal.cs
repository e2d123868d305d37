using Spectre.Console;

namespace MentorEval.Cli.App;

/// <summary>
/// The one place output goes. <see cref="Console"/> renders tables and colours for people;
/// <see cref="Out"/> takes plain text such as JSON for scripts. Tests build one over a StringWriter.
/// </summary>
public sealed class Terminal(IAnsiConsole console, TextWriter output, TextWriter error)
{
    public IAnsiConsole Console { get; } = console;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>
    /// Output read by a program or kept in a file is not wrapped at any width: no table cell, id or number is broken
    /// across lines. A table is as wide as its content (values are excerpted, so a row stays readable).
    /// </summary>
    public const int RedirectedWidth = 4096;

    /// <summary>The process's console: its terminal's width, or <see cref="RedirectedWidth"/> when output goes to a file or a pipe.</summary>
    public static Terminal FromConsole()
    {
        var console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected) console.Profile.Width = RedirectedWidth;
        return new Terminal(console, System.Console.Out, System.Console.Error);
    }

    /// <summary>Whether a line across the screen can be drawn: on a terminal, not in a file (there it would be thousands of characters).</summary>
    public static bool HasScreenWidth(IAnsiConsole console) => console.Profile.Width < RedirectedWidth;

    /// <summary>A plain, colourless terminal writing everything to <paramref name="writer"/>, as output redirected to a file.</summary>
    public static Terminal Capture(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = RedirectedWidth;
        return new Terminal(console, writer, writer);
    }
}
