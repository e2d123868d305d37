using MentorEval.Application;
using Spectre.Console;

namespace MentorEval.Cli.App;

/// <summary>
/// Shows a use case's progress as it comes. On a terminal that is not interactive (a script, a test) it stays silent:
/// the final summary says what happened.
/// </summary>
public sealed class StageProgress(IAnsiConsole console)
{
    /// <summary>One line with a spinner for the current stage and a tick for each stage done.</summary>
    public async Task<T> StagesAsync<T>(Func<IProgress<StepProgress>?, Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive) return await work(null);
        T result = default!;
        await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Starting", async status =>
        {
            string? current = null;
            result = await work(new Reporter(step =>
            {
                if (step.Step == current) return;
                if (current is not null) console.MarkupLine($"[green]✓[/] {TerminalText.Escape(current)}");
                current = step.Step;
                status.Status(TerminalText.Escape(step.Step) + "…");
            }));
            if (current is not null) console.MarkupLine($"[green]✓[/] {TerminalText.Escape(current)}");
        });
        return result;
    }

    private readonly Dictionary<string, ProgressTask> steps = [];

    /// <summary>The bars shown so far, by step.</summary>
    internal IReadOnlyDictionary<string, ProgressTask> Steps
    {
        get
        {
            lock (steps) return new Dictionary<string, ProgressTask>(steps);
        }
    }

    /// <summary>
    /// A progress bar per step, filled as the step reports how much of it is done. <paramref name="keep"/>: the bars
    /// stay when done, with the time each took (the demo); else they go, and show the time remaining (an import).
    /// </summary>
    public async Task<T> BarsAsync<T>(bool keep, Func<IProgress<StepProgress>?, Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive) return await work(null);
        T result = default!;
        await console.Progress().AutoClear(!keep).HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), keep ? new ElapsedTimeColumn() : new RemainingTimeColumn())
            .StartAsync(async bars =>
            {
                result = await work(new Reporter(step =>
                {
                    lock (steps)
                    {
                        if (!steps.TryGetValue(step.Step, out var task)) steps[step.Step] = task = bars.AddTask(TerminalText.Escape(step.Step), maxValue: 1.0);
                        task.Value = step.Done;
                        // A full bar's clock would otherwise keep counting until every step has ended.
                        if (step.Done >= 1) task.StopTask();
                    }
                }));
            });
        return result;
    }

    /// <summary>Passes each report on at once, on the reporting thread (<see cref="Progress{T}"/> would post it later, out of order).</summary>
    private sealed class Reporter(Action<StepProgress> report) : IProgress<StepProgress>
    {
        public void Report(StepProgress value) => report(value);
    }
}
