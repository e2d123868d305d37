using MentorEval.Application.Imports;
using MentorEval.Cli.App;
using MentorEval.Core.Diagnostics;
using Spectre.Console;

namespace MentorEval.Cli.Imports;

/// <summary>How an import's outcome looks in the terminal.</summary>
public static class ImportViews
{
    public static void Render(IAnsiConsole console, ImportSummary s)
    {
        if (s.AlreadyImported is not null)
        {
            console.MarkupLine($"[yellow]Already imported[/]: {TerminalText.Escape(s.AlreadyImported)}");
            return;
        }

        console.MarkupLine($"[bold]{TerminalText.Escape(Path.GetFileName(s.File))}[/] → {TerminalText.Escape(s.Instrument)}: read as {TerminalText.Escape(s.Format ?? "?")} ({TerminalText.Escape(s.Dialect ?? "?")})");
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        table.AddRow("rows read", s.RowsRead.ToString());
        table.AddRow("imported", $"[green]{s.Imported}[/]" + (s.ResponsesByWave.Count > 1 ? TerminalText.Escape($" ({string.Join(", ", s.ResponsesByWave.Select(w => $"{w.Key}: {w.Value}"))})") : ""));
        if (s.Replaced > 0) table.AddRow("replaced", s.Replaced.ToString());
        table.AddRow("skipped", s.Skipped == 0 ? "0" : $"{s.Skipped} ({TerminalText.Escape(string.Join("; ", s.SkippedBecause.Select(k => $"{k.Value} {k.Key}")))})");
        table.AddRow("rejected", s.Rejected == 0 ? "0" : $"[red]{s.Rejected}[/]");
        if (s.Flagged > 0) table.AddRow("flagged", $"[yellow]{s.Flagged}[/] (stored; check them)");
        console.Write(table);

        if (s.UnmappedColumns.Count > 0)
            console.MarkupLine($"[yellow]Columns not used[/] (no matching item): {TerminalText.Escape(string.Join(", ", s.UnmappedColumns))}");
        if (s.UnmappedItems.Count > 0)
            console.MarkupLine($"[yellow]Items without a column[/] (stored as missing): {TerminalText.Escape(string.Join(", ", s.UnmappedItems))}");
        foreach (var warning in s.Warnings) console.MarkupLine($"[yellow]warning[/] {TerminalText.Escape(warning)}");
        foreach (var f in s.FirstFlagged)
            console.MarkupLine($"[yellow]flagged[/] {TerminalText.Escape(f.ToString())}");

        if (s.FirstRejects.Count > 0)
        {
            var rejects = new Table().Border(TableBorder.Rounded).Title("Rejected rows" + (s.Rejected > s.FirstRejects.Count ? " (first ones)" : ""))
                .AddColumns("row", "column", "value", "reason");
            foreach (var r in s.FirstRejects)
                rejects.AddRow(r.Row?.ToString() ?? "", TerminalText.Escape(r.Column ?? ""), TerminalText.Escape(r.Value ?? ""), TerminalText.Escape(DiagnosticText.Text(r)));
            console.Write(rejects);
            console.MarkupLine($"All rejections: {TerminalText.Escape(s.RejectsFile ?? "")}");
        }

        console.MarkupLine(Outcome(s));
    }

    private static string Outcome(ImportSummary s)
    {
        if (s.Committed) return $"[green]Stored[/] as batch {s.BatchId}.";
        if (s.DryRun) return "[yellow]Dry run[/]: nothing was stored.";
        if (s.Strict && s.Rejected > 0) return "[red]Nothing was stored[/]: --strict and some rows were rejected. Fix them (see the rejects file) and import again.";
        return "[red]Nothing was stored[/]: no row could be imported.";
    }
}
