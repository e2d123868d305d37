using MentorEval.Cli.App;
using MentorEval.Application.Demo;
using MentorEval.Cli.Reports;
using Spectre.Console;

namespace MentorEval.Cli.Demo;

/// <summary>The demo's closing summary: what was done and where each file is.</summary>
public static class DemoViews
{
    public static void Render(IAnsiConsole console, DemoSummary summary)
    {
        console.MarkupLine($"[bold green]Demo finished.[/] {summary.ResponsesImported} responses from {summary.SurveyFiles} survey exports imported" +
                           (summary.RowsRejected > 0 ? $" ({summary.RowsRejected} rows rejected, see the rejects folder)" : "") + ".");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("What").AddColumn("Where");
        table.AddRow("Sample program" + (summary.SampleGenerated ? " (generated)" : ""), TerminalText.Escape(summary.SampleFolder));
        table.AddRow("Database", TerminalText.Escape(summary.Database));
        table.AddRow("Risk model", summary.Model is null ? "[yellow]none: rules used[/]" : TerminalText.Escape($"{summary.Model} (card: {summary.ModelCard})"));
        console.Write(table);
        if (summary.ModelNote is not null) console.MarkupLine($"[yellow]{TerminalText.Escape(summary.ModelNote)}[/]");
        ReportViews.Render(console, summary.Report);
        console.MarkupLine($"Next: open the workbook, or try 'mentoreval analyze --cohort {TerminalText.Escape(summary.ReportedCohort)} --db \"{TerminalText.Escape(summary.Database)}\"'.");
    }
}
