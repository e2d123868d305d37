using MentorEval.Application.Instruments;
using MentorEval.Cli.App;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MentorEval.Cli.Instruments;

/// <summary>What `instruments import-redcap` reports, as a JSON-ready record and as terminal output. Pure: returns values.</summary>
public static class RedcapImportViews
{
    /// <summary>
    /// The summary for people: what was written, the instrument's tables, what was left out and why, and warnings.
    /// Errors are not part of it: the command writes them to the error stream.
    /// </summary>
    public static IRenderable Render(RedcapConversion summary, Instrument? instrument)
    {
        var parts = new List<IRenderable>();
        if (summary.Written && instrument is not null)
        {
            parts.Add(new Markup(
                $"[green]Wrote[/] {TerminalText.Escape(summary.Output)}: instrument [bold]{TerminalText.Escape(instrument.Id)}[/] {TerminalText.Escape(instrument.Version)} " +
                $"from form {TerminalText.Escape(summary.Form)}: {summary.Items.Count} item(s), {summary.Scales.Count} scale(s), " +
                $"{summary.ResponseScales.Count} response scale(s)."));
            parts.Add(InstrumentViews.DetailRenderable(instrument));
        }
        else
        {
            parts.Add(new Markup($"[red]Nothing written[/] to {TerminalText.Escape(summary.Output)}."));
        }

        if (summary.Unsupported.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"Not converted ({summary.Unsupported.Count} field(s))")
                .AddColumns("field", "type", "row", "reason");
            foreach (var field in summary.Unsupported)
                table.AddRow(TerminalText.Escape(field.Field), TerminalText.Escape(field.Type), field.Row.ToString(), TerminalText.Escape(field.Reason));
            parts.Add(table);
        }

        foreach (var warning in summary.Warnings)
            parts.Add(new Markup($"[yellow]warning[/] {TerminalText.Escape(warning)}"));
        // Errors go to the error stream with the importer's own; the definition's warnings belong here.
        foreach (var problem in summary.Problems.Where(p => !p.IsError))
            parts.Add(new Markup($"[yellow]warning[/] {TerminalText.Escape(problem.ToString())}"));

        if (summary.Written)
            parts.Add(new Markup($"[dim]Review the titles and labels, then check the file with 'mentoreval instruments validate {TerminalText.Escape(summary.Output)}'.[/]"));
        return new Rows(parts);
    }
}
