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

    public static Terminal FromConsole() => new(AnsiConsole.Console, System.Console.Out, System.Console.Error);

    /// <summary>A plain, colourless terminal writing everything to <paramref name="writer"/>, 200 columns wide.</summary>
    public static Terminal Capture(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return new Terminal(console, writer, writer);
    }
}
