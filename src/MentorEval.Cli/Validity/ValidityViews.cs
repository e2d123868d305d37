using System.Globalization;
using MentorEval.Application.Validity;
using MentorEval.Cli.App;
using MentorEval.Core.Validity;
using Spectre.Console;

namespace MentorEval.Cli.Validity;

/// <summary>
/// How the factor analyses look in the terminal: the combined model's fit, loadings and factor correlations, one
/// line of fit per scale, local misfit and warnings in words, then the invariance steps and the verdict.
/// </summary>
public static class ValidityViews
{
    public static void Render(IAnsiConsole console, ValidityReport report)
    {
        console.MarkupLine($"[bold]{E(report.Instrument)}[/]: confirmatory factor analysis of {report.Respondents} respondent(s) from {E(Path.GetFileName(report.File))} " +
                           $"({E(report.Format ?? "?")}); {report.RowsRejected} row(s) rejected, {report.RowsSkipped} skipped. " +
                           "Maximum likelihood (lavaan's estimator = \"ML\", std.lv = TRUE) on respondents who answered every item of a model.");
        foreach (var note in report.Notes) console.MarkupLine($"  [grey]note[/] {E(note)}");

        if (report.Models.FirstOrDefault(m => m.Analysis.Model.Factors.Count > 1) is { } combined) RenderCombined(console, combined);

        var singles = report.Models.Where(m => m.Analysis.Model.Factors.Count == 1).ToList();
        if (singles.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Each scale alone (one factor)")
                .AddColumns("scale", "n", "χ² (df)", "p", "CFI", "TLI", "RMSEA [[90% CI]]", "SRMR");
            foreach (var s in singles) table.AddRow(FitRow(s.Name, s.Analysis));
            console.Write(table);
            foreach (var s in singles) Details(console, s.Name, s.Analysis, loadings: false);
        }

        if (report.Invariance is { } invariance) RenderInvariance(console, invariance);
    }

    private static void RenderCombined(IAnsiConsole console, ValidityReport.ModelReport combined)
    {
        var a = combined.Analysis;
        console.WriteLine();
        console.MarkupLine($"[bold]All scales as correlated factors[/] ({a.Model.Factors.Count} factors, {a.Model.ItemIds.Count} items, {a.RespondentsUsed} of {a.RespondentCount} respondents complete)");
        if (a.Fit is { } fit) console.MarkupLine("  " + E(FitLine(fit)));
        Details(console, combined.Name, a, loadings: true);
        if (a.Correlations.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("Factor correlations").AddColumns("factors", "r", "SE");
            foreach (var c in a.Correlations) table.AddRow(E($"{c.First} – {c.Second}"), F(c.Estimate), F(c.StandardError));
            console.Write(table);
        }
    }

    private static void Details(IAnsiConsole console, string name, FactorAnalysis a, bool loadings)
    {
        if (loadings && a.Loadings.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("Standardized loadings").AddColumns("factor", "item", "loading", "SE", "raw", "raw SE");
            foreach (var l in a.Loadings)
                table.AddRow(E(l.Factor), E(l.Item), F(l.Standardized), F(l.StandardizedError), F(l.Estimate), F(l.StandardError));
            console.Write(table);
        }

        var prefix = loadings ? "  " : $"  {E(name)}: ";
        foreach (var w in a.Warnings) console.MarkupLine($"{prefix}[yellow]warning[/] {E(w.Message)}");
        foreach (var m in a.ModificationIndices.Take(10)) console.MarkupLine($"{prefix}[cyan]misfit[/] {E(m.Sentence)}");
        if (a.ModificationIndices.Count > 10) console.MarkupLine($"{prefix}[cyan]misfit[/] … and {a.ModificationIndices.Count - 10} more modification indices above 10 (see --json).");
        foreach (var r in a.ResidualCorrelations.Take(10)) console.MarkupLine($"{prefix}[cyan]residual[/] {E(r.Sentence)}");
        if (a.ResidualCorrelations.Count > 10) console.MarkupLine($"{prefix}[cyan]residual[/] … and {a.ResidualCorrelations.Count - 10} more residual correlations above .10 (see --json).");
    }

    private static void RenderInvariance(IAnsiConsole console, MeasurementInvariance invariance)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]Measurement invariance across role[/] ({string.Join(", ", invariance.Groups.Select(g => $"{E(g.Group)} {g.Respondents}"))} complete respondents)");
        if (invariance.Steps.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumns("model", "χ² (df)", "CFI", "RMSEA [[90% CI]]", "SRMR", "Δχ² (Δdf), p", "ΔCFI", "ΔRMSEA", "holds");
            foreach (var s in invariance.Steps)
            {
                var fit = s.Fit;
                table.AddRow(
                    s.Level.ToString().ToLowerInvariant(),
                    fit is null ? "—" : $"{fit.ChiSquare.ToString("0.00", CultureInfo.InvariantCulture)} ({fit.Df})",
                    F(fit?.Cfi), E(Rmsea(fit)), F(fit?.Srmr),
                    s.ChiSquareDifference is { } d ? $"{d.ToString("0.00", CultureInfo.InvariantCulture)} ({s.DfDifference}), {P(s.PDifference)}" : "",
                    F(s.DeltaCfi), F(s.DeltaRmsea),
                    s.Holds switch { true => "[green]yes[/]", false => "[red]no[/]", _ => "" });
            }

            console.Write(table);
            foreach (var s in invariance.Steps) console.MarkupLine($"  {E(s.Sentence)}");
        }

        if (invariance.Partial.Count > 0)
        {
            console.MarkupLine("  Partial invariance, each item freed on its own (largest fall in χ² first):");
            foreach (var f in invariance.Partial.Take(5)) console.MarkupLine($"    {E(f.Sentence)}");
        }

        foreach (var w in invariance.Warnings) console.MarkupLine($"  [yellow]warning[/] {E(w.Message)}");
        console.MarkupLine($"[bold]Verdict[/] {E(invariance.Verdict)}");
    }

    private static string[] FitRow(string name, FactorAnalysis a)
    {
        var fit = a.Fit;
        return
        [
            E(name) + (a.Warnings.Count > 0 ? " [yellow]![/]" : ""), a.RespondentsUsed.ToString(CultureInfo.InvariantCulture),
            fit is null ? "—" : $"{fit.ChiSquare.ToString("0.00", CultureInfo.InvariantCulture)} ({fit.Df})", PValue(fit?.PValue), F(fit?.Cfi), F(fit?.Tli),
            E(Rmsea(fit)), F(fit?.Srmr),
        ];
    }

    private static string FitLine(ModelFit fit) =>
        $"χ²({fit.Df}) = {fit.ChiSquare.ToString("0.00", CultureInfo.InvariantCulture)}, p {P(fit.PValue)}; CFI {F(fit.Cfi)}, TLI {F(fit.Tli)}; " +
        $"RMSEA {Rmsea(fit)}, p-close {F(fit.RmseaPClose)}; SRMR {F(fit.Srmr)}";

    private static string Rmsea(ModelFit? fit) =>
        fit?.Rmsea is { } r ? $"{F(r)} [{F(fit.RmseaLower)}, {F(fit.RmseaUpper)}]" : "—";

    private static string PValue(double? p) => p is not { } v ? "—" : v < 0.001 ? "< .001" : F(v);

    private static string P(double? p) => p is not { } v ? "—" : v < 0.001 ? "< .001" : "= " + F(v);

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";

    private static string E(string text) => TerminalText.Escape(text);
}
