using System.Globalization;
using MentorEval.Cli.App;
using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;
using Spectre.Console;

namespace MentorEval.Cli.Analysis;

/// <summary>How a cohort analysis looks in the terminal: one set of tables per instrument.</summary>
public static class AnalysisViews
{
    public static void Render(IAnsiConsole console, CohortReport report)
    {
        console.MarkupLine($"[bold]Cohort {TerminalText.Escape(report.Cohort)}[/]: {report.Pairs} pairs; waves {TerminalText.Escape(string.Join(" → ", report.Waves))}. " +
                           $"Groups under {report.MinimumCell} respondents are suppressed.");
        if (report.Groups.Count == 0)
        {
            console.MarkupLine("[yellow]No responses stored for this cohort yet.[/] Import survey exports with 'mentoreval import'.");
            return;
        }

        foreach (var instrument in report.Groups.Select(g => g.Instrument).Distinct())
        {
            if (Terminal.HasScreenWidth(console)) console.Write(new Rule($"[bold]{TerminalText.Escape(instrument)}[/]").LeftJustified());
            else console.MarkupLine($"── [bold]{TerminalText.Escape(instrument)}[/] ──");
            console.Write(Groups(report.Groups.Where(g => g.Instrument == instrument)));
            if (report.Changes.Where(c => c.Instrument == instrument).ToList() is { Count: > 0 } changes) console.Write(Changes(changes));
            if (report.Comparisons.Where(c => c.Instrument == instrument).ToList() is { Count: > 0 } comparisons) console.Write(Comparisons(comparisons));
            if (report.Dyads.Where(d => d.Instrument == instrument).ToList() is { Count: > 0 } dyads) console.Write(Dyads(dyads));
        }
    }

    private const string Suppressed = "[dim]suppressed[/]";

    private static Table Groups(IEnumerable<ScaleGroupRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Scales by wave and role")
            .AddColumns("scale", "wave", "role", "responded", "n scored", "mean [[95% CI]]", "sd", "median", "in concern band");
        foreach (var g in rows)
        {
            if (g.Suppressed)
            {
                table.AddRow(TerminalText.Escape(g.Scale), TerminalText.Escape(g.Wave), g.Role.Name(), $"— of {g.Expected}", Suppressed, "", "", "", "");
                continue;
            }

            var concern = g.Bands.Where(b => b.Concern).Sum(b => b.Share ?? 0);
            table.AddRow(TerminalText.Escape(g.Scale), TerminalText.Escape(g.Wave), g.Role.Name(), $"{g.Responses} of {g.Expected} ({P(g.ResponseRate)})", g.N.ToString()!,
                TerminalText.Escape($"{F(g.Mean)} [{F(g.CiLower)}, {F(g.CiUpper)}]"), F(g.Sd), F(g.Median), g.Bands.Any(b => b.Concern) ? P(concern) : "—");
        }

        return table;
    }

    private static Table Changes(IEnumerable<ChangeRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Change for respondents at both waves")
            .AddColumns("scale", "role", "waves", "n", "before → after", "change", "paired t (p)", "d_z", "Wilcoxon p");
        foreach (var c in rows)
        {
            if (c.Suppressed)
            {
                table.AddRow(TerminalText.Escape(c.Scale), c.Role.Name(), TerminalText.Escape($"{c.FromWave} → {c.ToWave}"), Suppressed, "", "", "", "", "");
                continue;
            }

            table.AddRow(TerminalText.Escape(c.Scale), c.Role.Name(), TerminalText.Escape($"{c.FromWave} → {c.ToWave}"), c.NPaired.ToString()!,
                $"{F(c.MeanBefore)} → {F(c.MeanAfter)}", Signed(c.MeanChange), $"{F(c.T, "0.00")} ({Pv(c.P)})", F(c.CohensDz, "0.00"), Pv(c.WilcoxonP));
        }

        return table;
    }

    private static Table Comparisons(IEnumerable<CohortComparisonRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Compared with other cohorts (same wave)")
            .AddColumns("scale", "role", "cohort means", "test", "p", "Hedges' g (this vs others)");
        foreach (var c in rows)
        {
            var means = string.Join("; ", c.Cohorts.Select(g => $"{g.Cohort} {F(g.Mean)}"));
            table.AddRow(TerminalText.Escape(c.Scale), c.Role.Name(), TerminalText.Escape(means), c.Suppressed ? Suppressed : c.Test, c.Suppressed ? "" : Pv(c.P),
                c.Suppressed ? "" : F(c.HedgesG, "0.00"));
        }

        return table;
    }

    private static Table Dyads(IEnumerable<DyadRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Mentor vs mentee (gap = mentor − mentee)")
            .AddColumns("scale", "wave", "pairs", "mentor", "mentee", "mean gap", "mean |gap|", "paired t p", "r", "ICC(2,1)", "ICC(3,1)");
        foreach (var d in rows)
        {
            if (d.Suppressed)
            {
                table.AddRow(TerminalText.Escape(d.Scale), TerminalText.Escape(d.Wave), Suppressed, "", "", "", "", "", "", "", "");
                continue;
            }

            table.AddRow(TerminalText.Escape(d.Scale), TerminalText.Escape(d.Wave), d.NPairs.ToString()!, F(d.MeanMentor), F(d.MeanMentee), Signed(d.MeanGap),
                F(d.MeanAbsoluteGap), Pv(d.P), F(d.Correlation, "0.00"), F(d.Icc2, "0.00"), F(d.Icc3, "0.00"));
        }

        return table;
    }

    private static string F(double? value, string format = "0.00") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

    private static string Signed(double? value) => value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "—";

    private static string P(double? share) => share is { } s ? s.ToString("0%", CultureInfo.InvariantCulture) : "—";

    private static string Pv(double? p) => p switch
    {
        null => "—",
        < 0.001 => "<.001",
        { } v => v.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
