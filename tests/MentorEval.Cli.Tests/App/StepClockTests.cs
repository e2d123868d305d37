using MentorEval.Application;
using MentorEval.Cli.App;
using Spectre.Console;

namespace MentorEval.Cli.Tests.App;

/// <summary>Issue #15 §5: the demo's bars keep the time each step took; a step's clock stops when the step ends, not when the last one does.</summary>
public sealed class StepClockTests
{
    [Fact]
    public async Task A_step_s_clock_stops_when_the_step_ends_while_the_next_step_runs()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(new StringWriter()),
            Interactive = InteractionSupport.Yes,
        });
        var progress = new StageProgress(console);
        (DateTime? Roster, DateTime? Surveys) stopped = default;

        await progress.BarsAsync(keep: true, report =>
        {
            report!.Report(new StepProgress("Roster", 0));
            report.Report(new StepProgress("Roster", 1));
            report.Report(new StepProgress("Surveys", 0.5));
            stopped = (progress.Steps["Roster"].StopTime, progress.Steps["Surveys"].StopTime);
            return Task.FromResult(0);
        });

        stopped.Roster.ShouldNotBeNull();
        stopped.Surveys.ShouldBeNull();
    }
}
