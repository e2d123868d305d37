using MentorEval.Cli.App;
using Spectre.Console;

namespace MentorEval.Cli.Demo;

/// <summary>One progress bar per step of the demo; silent when the terminal is not interactive.</summary>
internal sealed class DemoProgress(ProgressContext? progress)
{
    public static readonly DemoProgress Silent = new(null);

    public Step Step(string description, int steps) => new(progress?.AddTask(TerminalText.Escape(description), maxValue: Math.Max(1, steps)));
}

/// <summary>A bar of the demo's progress display (or nothing, when silent).</summary>
internal sealed class Step(ProgressTask? task)
{
    public void Advance() => task?.Increment(1);

    public void Done()
    {
        if (task is not null) task.Value = task.MaxValue;
    }
}
