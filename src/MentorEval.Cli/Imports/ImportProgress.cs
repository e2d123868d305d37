using MentorEval.Cli.App;
using Spectre.Console;

namespace MentorEval.Cli.Imports;

/// <summary>A progress bar for long imports; on a terminal that is not interactive it stays silent.</summary>
public sealed class ImportProgress(IAnsiConsole console) : IImportProgress
{
    public async Task RunAsync(string description, Func<Action<double>, Task> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            await work(_ => { });
            return;
        }

        await console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(),
                new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async p =>
            {
                var task = p.AddTask(TerminalText.Escape(description), maxValue: 1.0);
                await work(share => task.Value = share);
                task.Value = 1.0;
            });
    }
}
