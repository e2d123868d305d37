using System.CommandLine;
using System.Globalization;
using MentorEval.Application;
using MentorEval.Application.Imports;
using MentorEval.Cli.App;
using MentorEval.Core.Diagnostics;
using Spectre.Console;

namespace MentorEval.Cli.Imports;

/// <summary>`import` beyond one file: the mapping template (--write-map), what a dry run will store, and several files at once.</summary>
public static class ImportHelpViews
{
    public static async Task<int> WriteMapAsync(CliContext context, ParseResult parsed, ColumnMapRequest request, bool asJson, CancellationToken cancel)
    {
        var outcome = await new ColumnHelp(context.Workspace(parsed)).WriteTemplateAsync(request, cancel);
        if (outcome is IRefused refused) return context.Refuse(refused, parsed);
        var written = (ColumnMapOutcome.Written)outcome;
        if (asJson)
        {
            Json.Write(context.Terminal, written);
            return ExitCode.Success;
        }

        var console = context.Terminal.Console;
        console.MarkupLine($"Wrote the mapping template [bold]{TerminalText.Escape(written.Path)}[/]: {written.Mapped} column(s) found, " +
                           $"{written.Guessed} guessed (marked GUESSED: check them), {written.ItemsLeft.Count} item(s) without a column.");
        if (written.ItemsLeft.Count > 0) console.MarkupLine($"Items to give a column to (or leave out): {TerminalText.Escape(string.Join(", ", written.ItemsLeft))}");
        console.MarkupLine(TerminalText.Escape($"Complete it, then: mentoreval import {request.File} --instrument {request.InstrumentId} --map {request.Out} --dry-run"));
        return ExitCode.Success;
    }

    /// <summary>Before a dry run's counts: which column holds which item (reverse-keyed ones marked) and the first rows as they would be stored.</summary>
    public static async Task PreviewAsync(CliContext context, ParseResult parsed, ImportRequest request, CancellationToken cancel)
    {
        var outcome = await new PreviewImport(context.Workspace(parsed)).RunAsync(new ImportPreviewRequest(request.File, request.InstrumentId, request.Format,
            request.Wave, request.Cohort, request.Role, Rows: 5, MapFile: request.MapFile, RespondentColumn: request.RespondentColumn), cancel);
        if (outcome is not ImportPreviewOutcome.Previewed { Preview: var preview } || preview.Columns.Count == 0) return;
        var console = context.Terminal.Console;
        var columns = new Table().Border(TableBorder.Rounded).Title("Columns → items").AddColumns("column", "item", "found by", "reverse-keyed");
        foreach (var c in preview.Columns)
            columns.AddRow(TerminalText.Escape(c.Column), TerminalText.Escape(c.Item), TerminalText.Escape(c.MatchedBy), c.Reverse ? "yes (scored max + min − value)" : "");
        console.Write(columns);

        var rows = new Table().Border(TableBorder.Rounded).Title($"The first {preview.Rows.Count} rows, read as they would be stored (labels as values)")
            .AddColumns(["row", "outcome", "respondent", "pair", "role", "wave", .. preview.Columns.Select(c => TerminalText.Escape(c.Item))]);
        foreach (var r in preview.Rows)
            rows.AddRow([r.Row.ToString(CultureInfo.InvariantCulture), r.Outcome, TerminalText.Escape(r.Respondent ?? ""), TerminalText.Escape(r.Pair ?? ""),
                r.Role?.ToString().ToLowerInvariant() ?? "", TerminalText.Escape(r.Wave ?? ""), .. r.Answers.Select(Cell)]);
        console.Write(rows);
    }

    /// <summary>The stored value; a label shows what it became ("Agree → 4"); a reverse-keyed value what scales count.</summary>
    private static string Cell(PreviewAnswer a)
    {
        var value = a.Value?.ToString(CultureInfo.InvariantCulture);
        var text = value is null ? TerminalText.Escape(a.Text ?? "")
            : a.Text is { } t && t.Trim() != value ? $"{TerminalText.Escape(t.Trim())} → {value}" : value;
        return a.Scored is { } scored ? $"{text} (scored {scored.ToString(CultureInfo.InvariantCulture)})" : text;
    }

    public static async Task<int> ImportAllAsync(CliContext context, ParseResult parsed, IReadOnlyList<string> files, ImportRequest request, bool asJson, CancellationToken cancel)
    {
        var import = new ImportFiles(context.Workspace(parsed));
        var results = asJson
            ? await import.RunAsync(files, request, null, cancel)
            : await new StageProgress(context.Terminal.Console).BarsAsync(keep: false, progress => import.RunAsync(files, request, progress, cancel));
        if (asJson)
        {
            Json.Write(context.Terminal, new { files = results.Select(Result), failed = results.Count(r => r.Failed) });
            // As every refusal with --json: also as text on stderr.
            foreach (var d in results.Select(r => r.Outcome).OfType<ImportOutcome.Refused>().SelectMany(r => r.Diagnostics))
                context.Terminal.Error.WriteLine($"error: {TerminalText.Lines(DiagnosticText.Line(d))}");
        }
        else Render(context.Terminal, results);
        return results.Count == 0 || results.Any(r => r.Failed) ? ExitCode.InvalidInput : ExitCode.Success;
    }

    private static object Result(FileImport r) => r.Outcome switch
    {
        ImportOutcome.Refused refused => new { file = r.File, instrument = r.Instrument, wave = r.Wave, outcome = "refused", failed = true, refused.Diagnostics },
        _ => new { file = r.File, instrument = r.Instrument, wave = r.Wave, outcome = Word(r), failed = r.Failed, summary = SummaryOf(r.Outcome) },
    };

    private static ImportSummary? SummaryOf(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Committed c => c.Summary,
        ImportOutcome.AlreadyImported a => a.Summary,
        ImportOutcome.RolledBack b => b.Summary,
        _ => null,
    };

    private static string Word(FileImport r) => r.Outcome switch
    {
        ImportOutcome.Refused => "refused",
        ImportOutcome.AlreadyImported => "already imported",
        ImportOutcome.Committed => "stored",
        ImportOutcome.RolledBack { Summary.DryRun: true } => "dry run",
        _ => "nothing stored",
    };

    /// <summary>One line per file, then each refusal in full: a table in a terminal, the same columns in a file.</summary>
    private static void Render(Terminal terminal, IReadOnlyList<FileImport> results)
    {
        var console = terminal.Console;
        if (results.Count == 0)
        {
            terminal.Error.WriteLine("error: no .csv file found; a folder to import is laid out as <wave>/<instrument>.csv (as sample-data/responses).");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("file", "instrument", "wave", "imported", "rejected", "skipped", "outcome");
        foreach (var c in new[] { 3, 4, 5 }) table.Columns[c].RightAligned();
        foreach (var r in results)
        {
            var s = SummaryOf(r.Outcome);
            string Count(Func<ImportSummary, int> of) => s is null || s.AlreadyImported is not null ? "" : of(s).ToString(CultureInfo.InvariantCulture);
            var word = Word(r);
            table.AddRow(TerminalText.Escape(r.File), TerminalText.Escape(r.Instrument), TerminalText.Escape(r.Wave ?? "(rows)"), Count(x => x.Imported + x.Replaced),
                Count(x => x.Rejected), Count(x => x.Skipped), r.Failed ? $"[red]{word}[/]" : word);
        }

        console.Write(table);
        foreach (var r in results)
        {
            if (r.Outcome is ImportOutcome.Refused refused)
                foreach (var d in refused.Diagnostics) terminal.Error.WriteLine($"error: {TerminalText.Lines(DiagnosticText.Line(d))}");
            else if (SummaryOf(r.Outcome) is { RejectsFile: { } rejects, Rejected: > 0 })
                console.MarkupLine($"{TerminalText.Escape(r.File)}: rejected rows in {TerminalText.Escape(rejects)}");
        }

        var failed = results.Count(r => r.Failed);
        console.MarkupLine(failed == 0
            ? $"[green]{results.Count} file(s)[/], each imported on its own."
            : $"[red]{failed} of {results.Count} file(s) failed[/] (above); the others were each imported on their own.");
    }
}
