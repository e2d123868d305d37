using MentorEval.Application.Instruments;
using MentorEval.Cli.App;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using Spectre.Console.Rendering;
using Spectre.Console;

namespace MentorEval.Cli.Instruments;

/// <summary>How instruments look in the terminal (tables) and to scripts (JSON-ready records). Pure: returns values.</summary>
public static class InstrumentViews
{
    public sealed record Summary(string Id, string Version, string Title, int Items, int Scales, IReadOnlyList<string> Roles, string File);

    public sealed record Broken(string File, int Errors, string FirstError);

    public sealed record Listing(IReadOnlyList<Summary> Instruments, IReadOnlyList<Broken> Invalid);

    public static Listing List(InstrumentLibrary library) => new(
        library.Definitions.Where(d => d.Result.IsValid).Select(d => Summarize(d.Result.Instrument!, d.Path)).ToList(),
        library.Definitions.Where(d => !d.Result.IsValid)
            .Select(d => new Broken(d.Path, d.Result.Errors.Count(), d.Result.Errors.First().Message)).ToList());

    private static Summary Summarize(Instrument i, string path) =>
        new(i.Id, i.Version, i.Title, i.Items.Count, i.Scales.Count, i.Roles.Select(RoleText.Name).ToList(), Path.GetFileName(path));

    public static IRenderable ListTable(InstrumentLibrary library)
    {
        var listing = List(library);
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Instruments in {TerminalText.Escape(library.Folder)}")
            .AddColumns("id", "title", "version", "items", "scales", "roles");
        foreach (var s in listing.Instruments)
        {
            table.AddRow(TerminalText.Escape(s.Id), TerminalText.Escape(s.Title), s.Version, s.Items.ToString(), s.Scales.ToString(),
                TerminalText.Escape(string.Join(", ", s.Roles)));
        }

        var parts = new List<IRenderable> { table };
        if (listing.Instruments.Count == 0)
            parts.Add(new Markup("[yellow]No usable instrument definitions here.[/] Use --instruments to point at a folder of them."));
        foreach (var b in listing.Invalid)
            parts.Add(new Markup($"[red]Skipped[/] {TerminalText.Escape(b.File)}: {b.Errors} error(s), first: {TerminalText.Escape(b.FirstError)} Run 'mentoreval instruments validate' for all."));
        return new Rows(parts);
    }

    public sealed record ItemView(string Id, string Text, string Type, string? ResponseScale, bool Reverse,
        IReadOnlyList<string> Scales, IReadOnlyList<string> Aliases);

    public sealed record LabelView(string Code, string Label);

    public sealed record ResponseScaleView(string Id, string Kind, double? Min, double? Max,
        IReadOnlyList<LabelView> Labels, IReadOnlyList<string> MissingCodes);

    public sealed record BandView(double UpTo, string Label, bool Concern);

    public sealed record ScaleView(string Id, string Title, string Method, int RequiredAnswers, IReadOnlyList<string> Items,
        bool HigherIsBetter, IReadOnlyList<BandView> Bands, IReadOnlyDictionary<string, string>? Weights);

    public sealed record DetailView(string Id, string Version, string Title, string? Description, string? Citation,
        string? License, IReadOnlyList<string> Roles, IReadOnlyList<ResponseScaleView> ResponseScales,
        IReadOnlyList<ItemView> Items, IReadOnlyList<ScaleView> Scales);

    public static DetailView Detail(Instrument i) => new(
        i.Id, i.Version, i.Title, i.Description, i.Citation, i.License, i.Roles.Select(RoleText.Name).ToList(),
        i.ResponseScales.Select(s => new ResponseScaleView(s.Id, Camel(s.Kind), s.Min, s.Max,
            s.Labels.Select(l => new LabelView(l.Code, l.Text)).ToList(), s.MissingCodes)).ToList(),
        i.Items.Select(item => new ItemView(item.Id, item.Text, Camel(item.Type), item.ResponseScaleId, item.Reverse,
            i.Scales.Where(s => s.ItemIds.Contains(item.Id)).Select(s => s.Id).ToList(), item.Aliases)).ToList(),
        i.Scales.Select(s => new ScaleView(s.Id, s.Title, Camel(s.Method), s.RequiredAnswers, s.ItemIds, s.HigherIsBetter,
            s.Bands.Select(b => new BandView(b.UpTo, b.Label, b.Concern)).ToList(),
            s.WeightItems.Count == 0 ? null : s.WeightItems)).ToList());

    public static IRenderable DetailRenderable(Instrument instrument)
    {
        var d = Detail(instrument);
        var header = new Markup(
            $"[bold]{TerminalText.Escape(d.Title)}[/] ({TerminalText.Escape(d.Id)} {d.Version}) for {TerminalText.Escape(string.Join(" and ", d.Roles))}\n" +
            (d.Citation is null ? "" : $"[dim]{TerminalText.Escape(d.Citation)}[/]\n") +
            (d.License is null ? "" : $"[dim]License: {TerminalText.Escape(d.License)}[/]\n"));

        var items = new Table().Border(TableBorder.Rounded).Title("Items  (↺ = reverse-keyed)")
            .AddColumns("id", "text", "answered on", "scales");
        foreach (var item in d.Items)
        {
            var answeredOn = item.ResponseScale ?? item.Type;
            items.AddRow(TerminalText.Escape(item.Id) + (item.Reverse ? " [yellow]↺[/]" : ""), TerminalText.Escape(item.Text),
                TerminalText.Escape(answeredOn), TerminalText.Escape(string.Join(", ", item.Scales)));
        }

        var responseScales = new Table().Border(TableBorder.Rounded).Title("Response scales")
            .AddColumns("id", "range", "labels", "missing codes");
        foreach (var s in d.ResponseScales)
        {
            var range = s.Min is null ? "nominal" : $"{s.Min}–{s.Max}";
            responseScales.AddRow(TerminalText.Escape(s.Id), range,
                TerminalText.Escape(string.Join("; ", s.Labels.Select(l => $"{l.Code} = {l.Label}"))),
                TerminalText.Escape(string.Join(", ", s.MissingCodes)));
        }

        var scales = new Table().Border(TableBorder.Rounded).Title("Scales")
            .AddColumns("id", "title", "method", "needs", "items", "bands");
        foreach (var s in d.Scales)
        {
            var bands = string.Join("; ", s.Bands.Select(b => $"≤{b.UpTo} {b.Label}{(b.Concern ? " (concern)" : "")}"));
            scales.AddRow(TerminalText.Escape(s.Id), TerminalText.Escape(s.Title), s.Method, $"{s.RequiredAnswers} of {s.Items.Count}",
                TerminalText.Escape(string.Join(", ", s.Items)), TerminalText.Escape(bands));
        }

        return new Rows(header, responseScales, items, scales);
    }

    public sealed record FileValidation(string File, string? Instrument, bool Valid, IReadOnlyList<Diagnostic> Problems);

    public static IReadOnlyList<FileValidation> Validation(IReadOnlyList<LoadedDefinition> definitions) =>
        definitions.Select(d => new FileValidation(d.Path, d.Result.Instrument?.Id, d.Result.IsValid,
            d.Result.Problems)).ToList();

    public static IRenderable ValidationReport(IReadOnlyList<LoadedDefinition> definitions)
    {
        if (definitions.Count == 0)
            return new Markup("[red]No definitions found[/] (*.json). Give the path of a definition or of a folder of them.");
        var lines = new List<IRenderable>();
        foreach (var d in definitions)
        {
            var status = d.Result.IsValid ? "[green]valid[/]" : "[red]invalid[/]";
            lines.Add(new Markup($"{status}  {TerminalText.Escape(d.Path)}"));
            foreach (var p in d.Result.Problems)
            {
                var colour = p.IsError ? "red" : "yellow";
                lines.Add(new Markup($"    [{colour}]{DiagnosticText.Severity(p.Severity)}[/] {TerminalText.Escape(p.ToString())}"));
            }
        }

        var invalid = definitions.Count(d => !d.Result.IsValid);
        lines.Add(new Markup(invalid == 0
            ? $"[green]All {definitions.Count} definition(s) are valid.[/]"
            : $"[red]{invalid} of {definitions.Count} definition(s) have errors.[/]"));
        return new Rows(lines);
    }

    private static string Camel<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
