using Spectre.Console;

namespace MentorEval.Cli.App;

/// <summary>
/// Shows a long job's stages as they pass, one line with a spinner for the current stage and a tick for each done.
/// On a terminal that is not interactive (a script, a test) it stays silent: the final summary says what happened.
/// </summary>
public sealed class StageProgress(IAnsiConsole console)
{
    public async Task<T> RunAsync<T>(Func<Action<string>, Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive) return await work(_ => { });
        T result = default!;
        await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Starting", async status =>
        {
            string? current = null;
            result = await work(stage =>
            {
                if (current is not null) console.MarkupLine($"[green]✓[/] {TerminalText.Escape(current)}");
                current = stage;
                status.Status(TerminalText.Escape(stage) + "…");
            });
            if (current is not null) console.MarkupLine($"[green]✓[/] {TerminalText.Escape(current)}");
        });
        return result;
    }
}
