using MentorEval.Application.Risk;
using MentorEval.Cli.App;
using System.Globalization;
using Spectre.Console;

namespace MentorEval.Cli.Risk;

/// <summary>How risk training, predictions and explanations look in the terminal.</summary>
public static class RiskViews
{
    public static void Render(IAnsiConsole console, TrainSummary summary)
    {
        var cohorts = string.Join(", ", summary.TrainingCohorts.Select(c => $"{c.Cohort} ({c.Pairs} pairs, {c.EarlyClosures} early closures)"));
        console.MarkupLine($"Learned from {TerminalText.Escape(cohorts)}; {summary.Features} features.");
        var table = new Table().Border(TableBorder.Rounded).Title("Held-out evaluation (never the rows a model learned from)")
            .AddColumns("trainer", "setting", "scheme", "rows", "ROC AUC", "PR AUC", "Brier", "threshold", "flagged", "recall", "precision");
        foreach (var e in summary.Evaluations)
        {
            var chosen = e.Trainer == summary.Chosen ? " [green](chosen)[/]" : "";
            table.AddRow($"{TerminalText.Escape(e.Trainer)}{chosen}", TerminalText.Escape(e.Setting ?? ""), TerminalText.Escape(e.Scheme), N(e.Rows), F(e.RocAuc), F(e.PrAuc), F(e.Brier),
                F(e.Threshold), P(e.FlaggedShare), P(e.Recall), P(e.Precision));
        }

        console.Write(table);
        var rules = summary.Verdict.RulesRecall is var recall && double.IsNaN(recall) ? "" : $", catching {P(recall)} of early closures at the same flagged share";
        console.MarkupLine($"The documented rules on the same rows: ROC AUC {F(summary.Verdict.RulesRocAuc)}{rules}.");
        if (summary.BaseRate is { } baseRate) console.MarkupLine(TerminalText.Escape(baseRate));
        if (!summary.Kept)
        {
            console.MarkupLine($"[yellow]{TerminalText.Escape(summary.Reason)}[/]");
            console.MarkupLine("No model file was written: 'mentoreval risk predict' and 'report' use the documented rules, and say so.");
            if (summary.Existing is { } existing) console.MarkupLine(TerminalText.Escape(existing));
            return;
        }

        console.MarkupLine($"[green]{TerminalText.Escape(summary.Reason)}[/]");
        console.MarkupLine($"Chosen: [bold]{TerminalText.Escape(summary.Chosen)}[/], threshold {F(summary.Threshold)} ({TerminalText.Escape(summary.Policy)}).");
        console.MarkupLine($"Most important: {TerminalText.Escape(string.Join("; ", summary.TopImportance.Take(5).Select(f => f.Name)))}.");
        console.MarkupLine($"Model: {TerminalText.Escape(summary.Model ?? "")}");
        console.MarkupLine($"Card:  {TerminalText.Escape(summary.Card ?? "")}");
    }

    public static void Render(IAnsiConsole console, PredictResult result)
    {
        var how = result.Method == Core.Risk.RiskMethod.Model ? $"model {result.Model}" : "the documented rules";
        console.MarkupLine($"Cohort [bold]{TerminalText.Escape(result.Cohort)}[/] after {TerminalText.Escape(result.Wave)}: {result.Flagged} of the {result.Predicted} pairs still running then flagged by {TerminalText.Escape(how)}.");
        console.MarkupLine($"Flagged: {TerminalText.Escape(result.FlagRule)}.");
        if (result.HeldOut is { } heldOut) console.MarkupLine(TerminalText.Escape(heldOut));
        if (result.BaseRate is { } baseRate) console.MarkupLine(TerminalText.Escape(baseRate));
        if (result.Note is { } note) console.MarkupLine($"[yellow]{TerminalText.Escape(note)}[/]");
        var rules = result.Method == Core.Risk.RiskMethod.Rules;
        var table = new Table().Border(TableBorder.Rounded).AddColumns("pair", rules ? "concern score" : "probability", "method", "reasons");
        foreach (var pair in result.Pairs.Where(p => p.Flagged))
            table.AddRow(TerminalText.Escape(pair.PairId), rules ? $"{pair.Concern}" : pair.Probability is { } p ? F(p) : "—", RiskMethodText.Name(pair.Method),
                TerminalText.Escape(string.Join("; ", pair.Reasons)));
        if (result.Flagged > 0) console.Write(table);
    }

    public static void Render(IAnsiConsole console, ExplainResult result)
    {
        var probability = result.Probability is { } p ? $"probability {F(p)}, " : "";
        console.MarkupLine($"Pair [bold]{TerminalText.Escape(result.PairId)}[/] ({TerminalText.Escape(result.Cohort)}, after {TerminalText.Escape(result.Wave)}): {probability}{(result.Flagged ? "[red]flagged[/]" : "not flagged")} ({RiskMethodText.Name(result.Method)}).");
        if (result.Note is { } note) console.MarkupLine($"[yellow]{TerminalText.Escape(note)}[/]");
        foreach (var reason in result.Reasons) console.MarkupLine($"  • {TerminalText.Escape(reason)}");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("feature", "value", "contribution");
        foreach (var f in result.Features)
            table.AddRow(TerminalText.Escape(f.Name), f.Value is { } v ? F(v) : "[dim]missing[/]", f.Contribution is { } c ? F(c) : "");
        console.Write(table);
    }

    private static string F(double value) => double.IsNaN(value) ? "—" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string P(double value) => double.IsNaN(value) ? "—" : value.ToString("0%", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
