using System.Globalization;
using MentorEval.Cli.App;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Application.Roster;
using Spectre.Console;

namespace MentorEval.Cli.Roster;

/// <summary>How roster results look in the terminal.</summary>
public static class RosterViews
{
    public static void Problems(IAnsiConsole console, IReadOnlyList<Diagnostic> problems)
    {
        console.MarkupLine($"[red]The roster was not imported[/]: {problems.Count} problem(s). Nothing was stored; fix these and import it again.");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("row", "column", "problem");
        foreach (var p in problems) table.AddRow(p.Row?.ToString(CultureInfo.InvariantCulture) ?? "", TerminalText.Escape(p.Column ?? ""), TerminalText.Escape(DiagnosticText.Text(p)));
        console.Write(table);
    }

    public static void Changes(IAnsiConsole console, RosterImported update)
    {
        var (pairs, dryRun) = (update.Pairs, update.DryRun);
        var changes = update.Changes;
        var added = changes.Count(c => c.Added);
        var updated = changes.Count - added;
        var verb = dryRun ? "Would add" : "Added";
        console.MarkupLine($"{(dryRun ? "[yellow]Dry run[/]: " : "")}{pairs} pair(s) in the file. {verb} {added}, {(dryRun ? "would update" : "updated")} {updated}, {pairs - changes.Count} unchanged.");
        var updates = changes.Where(c => !c.Added).ToList();
        if (updates.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Changed pairs").AddColumns("pair", "field", "was", "now");
            foreach (var change in updates)
            {
                foreach (var field in change.Changes)
                    table.AddRow(TerminalText.Escape(change.PairId), field.Field, TerminalText.Escape(field.Before ?? "—"), TerminalText.Escape(field.After ?? "—"));
            }

            console.Write(table);
        }

        MemberChanges(console, update.MemberChanges);
        Missing(console, update.Missing);
        if (update.NotLinked > 0)
        {
            console.MarkupLine($"[yellow]{update.NotLinked} stored response(s) name a pair of this roster but were not given by its mentor or mentee[/] " +
                               "in the role they state; they stay unlinked from it. Import them again with corrected ids (--replace) to link them.");
        }
    }

    public static void Problems(IAnsiConsole console, IReadOnlyList<string> problems)
    {
        console.MarkupLine($"[red]The roster was not imported[/]: {problems.Count} problem(s). Nothing was stored; fix these and import it again.");
        foreach (var problem in problems) console.MarkupLine($"  {TerminalText.Escape(problem)}");
    }

    private static void MemberChanges(IAnsiConsole console, IReadOnlyList<MemberReplacement> changes)
    {
        if (changes.Count == 0) return;
        var since = changes.Select(c => c.Since).Distinct().Select(Day);
        console.MarkupLine($"Changed members: from {string.Join(", ", since)} answers for these pairs are taken only from the current members; " +
                           "answers already stored stay with who gave them.");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("pair", "role", "was", "now", "since");
        foreach (var change in changes)
        {
            table.AddRow(TerminalText.Escape(change.PairId), change.Role.Name(), TerminalText.Escape(change.Before),
                TerminalText.Escape(change.After), Day(change.Since));
        }

        console.Write(table);
    }

    private const int MissingShown = 20;

    private static void Missing(IAnsiConsole console, IReadOnlyList<PairLeftOut> missing)
    {
        if (missing.Count == 0) return;
        console.MarkupLine($"[yellow]{missing.Count} stored pair(s) are not in this file[/]; they are kept as they were, with their " +
                           $"{missing.Sum(m => m.StoredAnswers)} stored answer(s):");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("pair", "cohort", "stored answers");
        foreach (var pair in missing.Take(MissingShown))
            table.AddRow(TerminalText.Escape(pair.PairId), TerminalText.Escape(pair.Cohort), pair.StoredAnswers.ToString(CultureInfo.InvariantCulture));
        console.Write(table);
        if (missing.Count > MissingShown) console.MarkupLine($"… and {missing.Count - MissingShown} more (all are listed with --json).");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
