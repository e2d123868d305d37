using MentorEval.Cli.App;
using MentorEval.Import.Roster;
using MentorEval.Storage.Roster;
using Spectre.Console;

namespace MentorEval.Cli.Roster;

/// <summary>How roster results look in the terminal.</summary>
public static class RosterViews
{
    public static void Problems(IAnsiConsole console, IReadOnlyList<RosterProblem> problems)
    {
        console.MarkupLine($"[red]The roster was not imported[/]: {problems.Count} problem(s). Nothing was stored; fix these and import it again.");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("row", "column", "problem");
        foreach (var p in problems) table.AddRow(p.Row == 0 ? "" : p.Row.ToString(), TerminalText.Escape(p.Column), TerminalText.Escape(p.Message));
        console.Write(table);
    }

    public static void Changes(IAnsiConsole console, int pairs, IReadOnlyList<RosterChange> changes, bool dryRun)
    {
        var added = changes.Count(c => c.Added);
        var updated = changes.Count - added;
        var verb = dryRun ? "Would add" : "Added";
        console.MarkupLine($"{(dryRun ? "[yellow]Dry run[/]: " : "")}{pairs} pair(s) in the file. {verb} {added}, {(dryRun ? "would update" : "updated")} {updated}, {pairs - changes.Count} unchanged.");
        var updates = changes.Where(c => !c.Added).ToList();
        if (updates.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded).Title("Changed pairs").AddColumns("pair", "field", "was", "now");
        foreach (var change in updates)
        {
            foreach (var field in change.Changes)
                table.AddRow(TerminalText.Escape(change.PairId), field.Field, TerminalText.Escape(field.Before ?? "—"), TerminalText.Escape(field.After ?? "—"));
        }

        console.Write(table);
    }
}
