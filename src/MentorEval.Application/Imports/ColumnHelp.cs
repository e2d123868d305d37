using System.Text;
using System.Text.Json;
using MentorEval.Application.Files;
using MentorEval.Application.Instruments;
using MentorEval.Application.Programs;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Text;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;

namespace MentorEval.Application.Imports;

/// <summary>What a user asks for to map an export's columns by hand: a mapping template (--write-map) to complete.</summary>
/// <param name="Out">Where the template goes, relative to the workspace's folder or absolute.</param>
/// <param name="MapFile">A mapping already begun: its entries are kept in the template.</param>
public sealed record ColumnMapRequest(string File, string InstrumentId, string Out, string? Format = null, string? RespondentColumn = null, string? MapFile = null);

public abstract record ColumnMapOutcome
{
    /// <param name="Mapped">Columns recognised (by name, alias, question text or the mapping begun), written as they are.</param>
    /// <param name="Guessed">Columns only guessed to hold an item (<see cref="ColumnSuggestions"/>): to be checked.</param>
    /// <param name="ItemsLeft">Items without a column, written as comments to be completed.</param>
    public sealed record Written(string Path, int Mapped, int Guessed, IReadOnlyList<string> ItemsLeft) : ColumnMapOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ColumnMapOutcome, IRefused;
}

/// <summary>
/// Help for an export whose columns are not named as the instrument's items: the refusal lists every column and item
/// with the closest matches, and a mapping template in the --map format (JSON with comments) is written pre-filled
/// with the columns recognised and the best guesses, the items left without a column as comments to complete.
/// </summary>
public sealed class ColumnHelp(Workspace workspace)
{
    public Task<ColumnMapOutcome> WriteTemplateAsync(ColumnMapRequest request, CancellationToken cancel) =>
        Task.Run<ColumnMapOutcome>(() =>
        {
            if (workspace.ExistingFile(request.File, "survey export").Failed(out var refusal, out var export)) return Refused(refusal);
            var map = ColumnMap.Empty;
            string? mapPath = null;
            if (request.MapFile is { } m)
            {
                if (workspace.ExistingFile(m, "mapping file").Failed(out refusal, out mapPath)) return Refused(refusal);
                if (ColumnMap.Parse(File.ReadAllText(mapPath), mapPath, out var problem) is not { } begun)
                    return new ColumnMapOutcome.Refused([new Diagnostic(mapPath, DiagnosticCodes.Input.MapInvalid, problem!) { Fix = "Correct the mapping file, or leave --map out." }]);
                map = begun;
            }

            var library = workspace.LoadLibrary();
            if (InstrumentChoice.Find(library, request.InstrumentId).Failed(out refusal, out var instrument)) return Refused(refusal);
            var target = workspace.FullPath(request.Out);
            var guard = workspace.Guard([(export, "the survey export"), .. mapPath is null ? [] : new[] { (mapPath, "the mapping file") }]);
            if (guard.Check(target, "--write-map") is { } unsafeTarget) return new ColumnMapOutcome.Refused([unsafeTarget]);

            using var reader = ExportReader.Open(export, new ExportReadOptions { Format = ExportFormats.Parse(request.Format), RespondentColumn = request.RespondentColumn });
            if (reader.HasErrors) return new ColumnMapOutcome.Refused(reader.Problems.Where(p => p.IsError).ToList());
            var mapping = ColumnMapper.Map(instrument, reader.AnswerColumns, map, Path.GetFileName(export));
            var guesses = ColumnSuggestions.For(mapping.UnmappedColumns, mapping.UnmappedItems);

            using var file = OutputFile.Open(target, "the mapping template", "--write-map");
            if (file.Problem is null)
            {
                var text = Template(Path.GetFileName(export), instrument, request.RespondentColumn ?? map.Respondent, mapping, guesses);
                file.Stream.Write(new UTF8Encoding(false).GetBytes(text));
            }

            if (file.MoveIntoPlace() is { } failed) return new ColumnMapOutcome.Refused([failed]);
            return new ColumnMapOutcome.Written(target, mapping.Mapped.Count, guesses.Count,
                mapping.UnmappedItems.Where(i => guesses.All(g => g.Item.Id != i.Id)).Select(i => i.Id).ToList());
        }, cancel);

    private static ColumnMapOutcome Refused(Refusal refusal) => new ColumnMapOutcome.Refused(refusal.Diagnostics);

    /// <summary>
    /// The refusal of an export none of whose columns matched: the mapper's message, then each column beside the item it
    /// is closest to, and the items no column is close to, so the user sees both lists and the likely pairs at once.
    /// </summary>
    internal static Refusal Unmatched(ColumnMapping mapping, IReadOnlyList<ExportColumn> columns, Instrument instrument)
    {
        var unmatched = mapping.Problems.FirstOrDefault(p => p.Code == DiagnosticCodes.Input.ColumnsUnmatched);
        if (unmatched is null) return new Refusal(mapping.Problems);
        var guesses = ColumnSuggestions.For(columns, instrument.Items);
        var lines = new StringBuilder(unmatched.Message);
        lines.Append('\n').Append($"The file's {columns.Count} answer columns and the closest of the {instrument.Items.Count} items of {instrument.Id}:");
        foreach (var column in columns)
            lines.Append('\n').Append(guesses.FirstOrDefault(g => g.Column == column.Name) is { } guess
                ? $"  column \"{Excerpt.Of(column.Name)}\" is closest to item {guess.Item.Id} \"{Excerpt.Of(guess.Item.Text)}\""
                : $"  column \"{Excerpt.Of(column.Name)}\": no item is close");
        var left = instrument.Items.Where(i => guesses.All(g => g.Item.Id != i.Id)).Select(i => i.Id).ToList();
        if (left.Count > 0) lines.Append('\n').Append($"Items no column is close to: {string.Join(", ", left)}.");
        return new Refusal([.. mapping.Problems.Where(p => p != unmatched), unmatched with
        {
            Message = lines.ToString(),
            Fix = "Check --instrument; or write a mapping template with --write-map map.json, complete it, and import with --map map.json.",
        }]);
    }

    /// <summary>The --map format (<see cref="ColumnMap"/>), with comments saying what each entry is and what is left to do.</summary>
    private static string Template(string file, Instrument instrument, string? respondent, ColumnMapping mapping, IReadOnlyList<ColumnSuggestion> guesses)
    {
        static string Quoted(string text) => JsonSerializer.Serialize(text);
        var entries = new List<string>();
        foreach (var m in mapping.Mapped)
            entries.Add($"    {Quoted(m.Column.Name)}: {Quoted(m.Item.Id)},  // found: {Comment(m.Item.Text)}");
        foreach (var g in guesses)
            entries.Add($"    {Quoted(g.Column)}: {Quoted(g.Item.Id)},  // GUESSED, check: {Comment(g.Item.Text)}");
        foreach (var item in mapping.UnmappedItems.Where(i => guesses.All(g => g.Item.Id != i.Id)))
            entries.Add($"    // \"<column>\": {Quoted(item.Id)},  // NO COLUMN FOUND: {Comment(item.Text)}");

        var text = new StringBuilder()
            .Append($"// Mapping of {Comment(file)} to instrument {instrument.Id}, written by 'mentoreval import --write-map'.\n")
            .Append("// Check each GUESSED line, give a column to each commented item line (or leave it out: stored as missing),\n")
            .Append("// then import with --map and this file. Columns not used by any item:\n");
        var unused = mapping.UnmappedColumns.Select(c => c.Name).Where(c => guesses.All(g => g.Column != c)).ToList();
        text.Append($"//   {(unused.Count == 0 ? "(none)" : Comment(string.Join(", ", unused)))}\n{{\n");
        if (respondent is not null) text.Append($"  \"respondent\": {Quoted(respondent)},\n");
        text.Append("  \"columns\": {\n").Append(string.Join("\n", entries)).Append("\n  }\n}\n");
        return text.ToString();
    }

    /// <summary>Text for a // comment: on one line, and short.</summary>
    private static string Comment(string text) => Excerpt.Of(text.ReplaceLineEndings(" "));
}
