using System.Security.Cryptography;
using MentorEval.Application.Instruments;
using MentorEval.Application.Programs;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;
using MentorEval.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Application.Imports;

/// <summary>What a user asks to see of an export before importing it.</summary>
/// <param name="File">The export, relative to the workspace's folder or absolute.</param>
/// <param name="InstrumentId">The instrument to read it as; null: the one whose items match the most columns.</param>
/// <param name="Format">As <see cref="ImportRequest.Format"/>.</param>
/// <param name="Rows">How many of the first rows to show as they would be stored.</param>
public sealed record ImportPreviewRequest(string File, string? InstrumentId = null, string? Format = null, string? Wave = null, string? Cohort = null,
    Role? Role = null, int Rows = 5, string? MapFile = null, string? RespondentColumn = null);

public abstract record ImportPreviewOutcome
{
    public sealed record Previewed(ImportPreview Preview) : ImportPreviewOutcome;

    /// <summary>The export cannot be read (empty, not CSV, no responses) or the instrument asked for does not exist.</summary>
    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ImportPreviewOutcome, IRefused;
}

/// <summary>What an import would make of an export, read without storing anything.</summary>
/// <param name="Tool">The survey tool whose layout was recognised (Qualtrics, REDCap…).</param>
/// <param name="Evidence">Why that tool, in sentences.</param>
/// <param name="Encoding">The text encoding, separator and line breaks.</param>
/// <param name="Instruments">Every usable instrument with how many of its questions match a column, best match first.</param>
/// <param name="Instrument">The instrument the preview reads the file as: the one asked for, else the best match (null when none matches).</param>
/// <param name="Earlier">The import that already stored this very file for <paramref name="Instrument"/>, if any.</param>
/// <param name="FileProblems">Warnings about the file as a whole (a date order guessed, an encoding assumed).</param>
public sealed record ImportPreview(string File, string Tool, IReadOnlyList<string> Evidence, string Encoding, int AnswerColumns,
    IReadOnlyList<InstrumentMatch> Instruments, string? Instrument, IReadOnlyList<PreviewColumn> Columns, IReadOnlyList<string> UnmappedColumns,
    IReadOnlyList<string> UnmappedItems, IReadOnlyList<Diagnostic> MappingProblems, IReadOnlyList<PreviewRow> Rows, EarlierImport? Earlier,
    IReadOnlyList<Diagnostic> FileProblems);

/// <param name="Matched">Questions of the instrument found among the export's columns.</param>
public sealed record InstrumentMatch(string Instrument, string Title, int Matched, int Items);

/// <summary>A column of the export read as an item of the instrument.</summary>
/// <param name="MatchedBy">How it was recognised: by the item's id, an alias, or the question text.</param>
/// <param name="Reverse">Whether the item is reverse-keyed: its value is turned round (min + max − value) when scored.</param>
/// <param name="Labels">The answer labels the item accepts, with their values ("1 = Strongly disagree").</param>
public sealed record PreviewColumn(string Column, string? Question, string Item, string ItemText, string MatchedBy, bool Reverse, IReadOnlyList<string> Labels);

/// <summary>One row of the export as the import would take it.</summary>
/// <param name="Outcome">stored, rejected or skipped.</param>
/// <param name="Answers">The mapped items' cells, in the order of <see cref="ImportPreview.Columns"/>.</param>
/// <param name="Problems">Why a rejected row is turned away (one per cell), or what a stored row is flagged for.</param>
public sealed record PreviewRow(int Row, string Outcome, string? Respondent, string? Pair, Role? Role, string? Wave, IReadOnlyList<PreviewAnswer> Answers,
    IReadOnlyList<Diagnostic> Problems, string? SkippedBecause);

/// <param name="Text">The cell as written in the export.</param>
/// <param name="Value">The value stored (a label turned into its number), null when the cell is empty, missing or not valid.</param>
/// <param name="Scored">For a reverse-keyed item, the value as scales count it; otherwise null.</param>
public sealed record PreviewAnswer(string Item, string? Text, double? Value, double? Scored);

/// <summary>An earlier import of the same file (same bytes) for the same instrument.</summary>
public sealed record EarlierImport(string Instrument, int Batch, DateTimeOffset ImportedAt, int Imported);

/// <summary>
/// Reads the start of an export as the import would, storing nothing: the tool and encoding detected, the instrument
/// whose questions match its columns, which column holds which item, the first rows as they would be stored (labels
/// turned into values, reverse keys shown) and whether the same file was imported before. The whole file is checked
/// by <see cref="ImportResponses"/> with <see cref="ImportRequest.DryRun"/>.
/// </summary>
public sealed class PreviewImport(Workspace workspace)
{
    public Task<ImportPreviewOutcome> RunAsync(ImportPreviewRequest request, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync(workspace, () => PreviewAsync(request, cancel), d => new ImportPreviewOutcome.Refused(d));

    private async Task<ImportPreviewOutcome> PreviewAsync(ImportPreviewRequest request, CancellationToken cancel)
    {
        if (workspace.ExistingFile(request.File, "survey export").Failed(out var refusal, out var export)) return Refused(refusal);
        var name = Path.GetFileName(export);
        var library = workspace.LoadLibrary();
        Instrument? asked = null;
        if (request.InstrumentId is { Length: > 0 } id && InstrumentChoice.Find(library, id).Failed(out refusal, out asked)) return Refused(refusal);

        var map = ColumnMap.Empty;
        if (request.MapFile is { } m && (workspace.ExistingFile(m, "mapping file").Failed(out refusal, out var mapPath) || ImportResponses.LoadMap(mapPath).Failed(out refusal, out map)))
            return Refused(refusal);
        var options = new ResponseImportOptions { Wave = request.Wave, Cohort = request.Cohort, Role = request.Role, Map = map };
        using var reader = ExportReader.Open(export, new ExportReadOptions { Format = ExportFormats.Parse(request.Format), RespondentColumn = request.RespondentColumn ?? map.Respondent });
        if (reader.HasErrors) return new ImportPreviewOutcome.Refused(reader.Problems.Where(p => p.IsError).ToList());

        var matches = library.Instruments
            .Select(i => (Instrument: i, Mapping: ColumnMapper.Map(i, reader.AnswerColumns, ColumnMap.Empty)))
            .OrderByDescending(m => m.Mapping.Mapped.Count).ThenByDescending(m => (double)m.Mapping.Mapped.Count / Math.Max(1, m.Instrument.Items.Count))
            .ThenBy(m => m.Instrument.Id, StringComparer.Ordinal).ToList();
        var instrument = asked ?? matches.FirstOrDefault(m => m.Mapping.Mapped.Count > 0).Instrument;
        var mapping = instrument is null ? null : ColumnMapper.Map(instrument, reader.AnswerColumns, map);

        var (roster, earlier) = await StoredAsync(export, instrument, cancel);
        var rows = new List<PreviewRow>();
        if (instrument is not null && mapping!.IsUsable)
        {
            var responses = new ResponseReader(name, instrument, mapping, roster.Index(), options, reader.Format, reader.Dialect?.DecimalComma ?? false);
            foreach (var row in reader.ReadRows(responses.AnswerColumns).Take(Math.Max(0, request.Rows)))
                rows.Add(Preview(instrument, mapping, row, responses.Read(row), request.Wave));
        }

        return new ImportPreviewOutcome.Previewed(new ImportPreview(
            name, ToolName(reader.Format), reader.Detection?.Evidence ?? [], reader.Dialect?.ToString() ?? "", reader.AnswerColumns.Count,
            matches.Select(m => new InstrumentMatch(m.Instrument.Id, m.Instrument.Title, m.Mapping.Mapped.Count, m.Instrument.Items.Count)).ToList(),
            instrument?.Id,
            mapping?.Mapped.Select(m => new PreviewColumn(m.Column.Name, m.Column.QuestionText is null ? null : m.Column.Text, m.Item.Id, m.Item.Text,
                Matched(m.MatchedBy), m.Item.Reverse, Labels(instrument!, m.Item))).ToList() ?? [],
            mapping?.UnmappedColumns.Select(c => c.Name).ToList() ?? [],
            mapping?.UnmappedItems.Select(i => i.Id).ToList() ?? [],
            mapping?.Problems ?? [],
            rows, earlier,
            reader.Problems.Where(p => !p.IsError).ToList()));
    }

    private static ImportPreviewOutcome Refused(Refusal refusal) => new ImportPreviewOutcome.Refused(refusal.Diagnostics);

    /// <summary>The stored roster the rows are checked against and the earlier import of this file; nothing when there is no database yet.</summary>
    private async Task<(StoredRoster Roster, EarlierImport? Earlier)> StoredAsync(string export, Instrument? instrument, CancellationToken cancel)
    {
        var store = workspace.Store;
        if (!store.IsServer && !File.Exists(store.Value)) return (new StoredRoster([], new Dictionary<string, int>()), null);
        await using var db = await workspace.OpenStoreAsync(cancel);
        var roster = await RosterStore.LoadPairsAsync(db, cancel);
        if (instrument is null) return (roster, null);
        string sha;
        await using (var file = File.OpenRead(export)) sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancel));
        var earlier = await db.ImportBatches.AsNoTracking()
            .Where(b => b.FileSha256 == sha && b.InstrumentVersion!.InstrumentId == instrument.Id)
            .OrderByDescending(b => b.Id)
            .Select(b => new EarlierImport(instrument.Id, b.Id, b.ImportedAt, b.Imported))
            .FirstOrDefaultAsync(cancel);
        return (roster, earlier);
    }

    private static PreviewRow Preview(Instrument instrument, ColumnMapping mapping, ExportRow row, RowOutcome outcome, string? wave)
    {
        var response = (outcome as RowOutcome.Accepted)?.Response;
        var answers = mapping.Mapped.Select(m =>
        {
            var value = response?.Values[m.ItemIndex] is { } v && !double.IsNaN(v) ? v : (double?)null;
            var scale = instrument.ResponseScaleOf(m.Item);
            var scored = m.Item.Reverse && value is { } x && scale is { IsNumeric: true } ? scale.Reverse(x) : (double?)null;
            return new PreviewAnswer(m.Item.Id, row.Answers[m.Column.AnswerIndex], value, scored);
        }).ToList();
        return outcome switch
        {
            RowOutcome.Accepted a => new PreviewRow(row.Row, "stored", a.Response.RespondentId, a.Response.PairId, a.Response.Role, a.Wave, answers, a.Flagged, null),
            RowOutcome.Rejected r => new PreviewRow(row.Row, "rejected", row.ParticipantId ?? row.RespondentId, row.PairId, RoleText.Parse(row.Role), row.Wave ?? wave, answers, r.Cells, null),
            RowOutcome.Skipped s => new PreviewRow(row.Row, "skipped", row.ParticipantId ?? row.RespondentId, row.PairId, RoleText.Parse(row.Role), row.Wave ?? wave, answers, [], s.Reason),
            _ => throw new InvalidOperationException($"Unknown row outcome {outcome.GetType().Name}."),
        };
    }

    private static IReadOnlyList<string> Labels(Instrument instrument, Item item) =>
        instrument.ResponseScaleOf(item)?.Labels.Select(l => $"{l.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? l.Code} = {l.Text}").ToList() ?? [];

    private static string Matched(MatchedBy by) => by switch
    {
        MatchedBy.MapFile => "the mapping file",
        MatchedBy.ItemId => "its name",
        MatchedBy.Alias => "a known column name",
        _ => "the question text",
    };

    /// <summary>The tool as its users call it.</summary>
    public static string ToolName(ExportFormat? format) => format switch
    {
        ExportFormat.Qualtrics => "Qualtrics",
        ExportFormat.QualtricsLegacy => "Qualtrics (legacy export)",
        ExportFormat.Redcap => "REDCap",
        ExportFormat.SurveyMonkey => "SurveyMonkey",
        ExportFormat.GoogleForms => "Google Forms",
        ExportFormat.Generic => "a plain CSV (one column per question)",
        _ => "not recognised",
    };
}
