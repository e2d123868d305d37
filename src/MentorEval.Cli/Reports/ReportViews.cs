using MentorEval.Cli.App;
using MentorEval.Application.Reports;
using Spectre.Console;

namespace MentorEval.Cli.Reports;

/// <summary>What a finished report run prints: where the files are and the findings.</summary>
public static class ReportViews
{
    public static void Render(IAnsiConsole console, WrittenReportSummary report)
    {
        console.MarkupLine($"[bold green]Report for cohort {TerminalText.Escape(report.Cohort)} written[/]: {report.Pairs} pairs, {report.Responses} responses, " +
                           $"{report.FlaggedPairs} pairs flagged at risk.");
        var files = new Table().Border(TableBorder.Rounded).AddColumn("What").AddColumn("Where");
        files.AddRow("Workbook", TerminalText.Escape(report.Workbook));
        files.AddRow("Brief (PDF, no pair named)", TerminalText.Escape(report.Brief));
        files.AddRow("Charts", TerminalText.Escape($"{report.Charts.Count} PNG files (1200×700) in {Path.Combine(report.Folder, "charts")}"));
        console.Write(files);
        console.MarkupLine("[bold]Findings[/]");
        foreach (var line in report.Headlines) console.MarkupLine($"  • {TerminalText.Escape(line)}");
    }
}
