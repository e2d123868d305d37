using MentorEval.Application.Scoring;
using MentorEval.Cli.App;
using System.Globalization;
using Spectre.Console;

namespace MentorEval.Cli.Scoring;

/// <summary>How scoring results look in the terminal: a table of scales, then each scale's items and warnings.</summary>
public static class ScoreViews
{
    public static void Render(IAnsiConsole console, ScoreReport report, IReadOnlyList<string> written)
    {
        console.MarkupLine($"[bold]{TerminalText.Escape(report.Instrument)}[/] scored for {report.Respondents} respondent(s) from {TerminalText.Escape(Path.GetFileName(report.File))} " +
                           $"({TerminalText.Escape(report.Format ?? "?")}); {report.RowsRejected} row(s) rejected, {report.RowsSkipped} skipped. Missing data: {report.MissingPolicy}.");
        foreach (var warning in report.FileWarnings) console.MarkupLine($"[yellow]warning[/] {TerminalText.Escape(warning)}");
        var scales = new Table().Border(TableBorder.Rounded).Title("Scales")
            .AddColumns("scale", "n", "mean", "sd", "alpha [[95% CI]]", "std alpha", "avg r", "λ6", "ω total");
        foreach (var s in report.Scales)
        {
            var alpha = s.Alpha is null ? "—" : $"{F(s.Alpha)} [{F(s.AlphaCi?.Lower)}, {F(s.AlphaCi?.Upper)}]";
            scales.AddRow(TerminalText.Escape(s.Id) + (s.Warnings.Count > 0 ? " [yellow]![/]" : ""), s.N.ToString(CultureInfo.InvariantCulture),
                F(s.Mean), F(s.Sd), TerminalText.Escape(alpha), F(s.AlphaStd), F(s.AverageR), F(s.Lambda6), F(s.OmegaTotal));
        }

        console.Write(scales);
        foreach (var s in report.Scales)
        {
            var items = new Table().Border(TableBorder.Simple).Title($"{TerminalText.Escape(s.Title)} ({TerminalText.Escape(s.Id)})")
                .AddColumns("item", "n", "mean", "sd", "r.drop", "alpha if deleted");
            foreach (var i in s.Items)
                items.AddRow(TerminalText.Escape(i.Id), i.N.ToString(CultureInfo.InvariantCulture), F(i.Mean), F(i.Sd), F(i.RDrop), F(i.AlphaIfDeleted));
            console.Write(items);
            foreach (var w in s.Warnings) console.MarkupLine($"  [yellow]warning[/] {TerminalText.Escape(w)}");
        }

        foreach (var path in written) console.MarkupLine($"[green]Wrote[/] {TerminalText.Escape(path)}");
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
