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
                .AddColumns("item", "n", "raw.r", "std.r", "r.cor", "r.drop", "mean", "sd", "alpha if deleted");
            foreach (var i in s.Items)
                items.AddRow(TerminalText.Escape(i.Id), i.N.ToString(CultureInfo.InvariantCulture), F(i.RawR), F(i.StdR), F(i.RCor), F(i.RDrop),
                    F(i.Mean), F(i.Sd), F(i.AlphaIfDeleted));
            console.Write(items);
            console.MarkupLine($"  95% confidence boundaries: Feldt [[{F(s.AlphaCi?.Lower)}, {F(s.AlphaCi?.Upper)}]], Duhachek [[{F(s.AlphaCiDuhachek?.Lower)}, {F(s.AlphaCiDuhachek?.Upper)}]]; " +
                               $"ase {F(s.AlphaSe)}, S/N {F(s.SignalToNoise)}, median r {F(s.MedianR)}");
            console.MarkupLine($"  Respondents: {TerminalText.Escape(s.RespondentsNote)}");
            if (s.ResponseValues.Count > 0) console.Write(Frequencies(s));
            foreach (var w in s.Warnings) console.MarkupLine($"  [yellow]warning[/] {TerminalText.Escape(w)}");
        }

        foreach (var path in written) console.MarkupLine($"[green]Wrote[/] {TerminalText.Escape(path)}");
    }

    /// <summary>psych's "Non missing response frequency for each item": share of each answer value (after reverse keying), then the share missing.</summary>
    private static Table Frequencies(ScoreReport.ScaleReport s)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Response frequencies (after reverse keying; miss: share not answered)")
            .AddColumns(["item", .. s.ResponseValues.Select(TerminalText.Escape), "miss"]);
        foreach (var i in s.Items)
            table.AddRow([TerminalText.Escape(i.Id), .. s.ResponseValues.Select(v => i.ResponseFrequencies?.TryGetValue(v, out var share) == true ? P(share) : "—"), P(i.MissingShare)]);
        return table;
    }

    private static string P(double share) => share.ToString("0.00", CultureInfo.InvariantCulture);

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
