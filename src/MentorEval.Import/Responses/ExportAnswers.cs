using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Responses;

/// <summary>
/// Every usable answer sheet of one export, read for scoring without a database: who answered (by respondent id)
/// and their item values in the instrument's item order. Rows that cannot be used are listed with their reasons.
/// </summary>
public sealed record ExportAnswers(
    string File,
    ExportFormat? Format,
    string? Dialect,
    ColumnMapping? Mapping,
    IReadOnlyList<string> RespondentIds,
    IReadOnlyList<double[]> Values,
    int RowsRead,
    int Skipped,
    IReadOnlyList<RowOutcome.Rejected> Rejected,
    IReadOnlyList<Diagnostic> Errors,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Why no row was scored when every row was a Qualtrics test or preview response (and what takes them), else null.</summary>
    public Diagnostic? EverySkippedAsTest { get; init; }

    /// <summary>What each scored row says of who answered and when, aligned with <see cref="RespondentIds"/>.</summary>
    public IReadOnlyList<RespondentContext> Contexts { get; init; } = [];

    /// <summary>Reads the file; file-level problems (not CSV, no matching column) come back in <see cref="Errors"/>.</summary>
    public static ExportAnswers Read(string path, Instrument instrument, ExportReadOptions readOptions, ResponseImportOptions options)
    {
        using var reader = ExportReader.Open(path, readOptions);
        var errors = reader.Problems.Where(p => p.Severity == DiagnosticSeverity.Error).ToList();
        var empty = new ExportAnswers(path, reader.Format, reader.Dialect?.ToString(), null, [], [], 0, 0, [], errors, []);
        if (errors.Count > 0) return empty;

        var mapping = ColumnMapper.Map(instrument, reader.AnswerColumns, options.Map, Path.GetFileName(path));
        if (!mapping.IsUsable) return empty with { Mapping = mapping, Errors = mapping.Problems };

        var rows = ResponseReader.ForScoring(Path.GetFileName(path), instrument, mapping, options, reader.Format, reader.Dialect?.DecimalComma ?? false);
        var ids = new List<string>();
        var values = new List<double[]>();
        var contexts = new List<RespondentContext>();
        var rejected = new List<RowOutcome.Rejected>();
        int read = 0, skipped = 0;
        foreach (var row in reader.ReadRows(rows.AnswerColumns))
        {
            read++;
            switch (rows.Read(row))
            {
                case RowOutcome.Accepted accepted:
                    ids.Add(accepted.Response.RespondentId);
                    values.Add(accepted.Response.Values);
                    contexts.Add(new RespondentContext(accepted.Response.Role, accepted.Response.PairId, accepted.Wave.Length == 0 ? null : accepted.Wave));
                    break;
                case RowOutcome.Rejected r:
                    rejected.Add(r);
                    break;
                default:
                    skipped++;
                    break;
            }
        }

        // Reading that stopped part-way (a runaway record) left the rest of the file unread: score none of it.
        if (reader.HasErrors) return empty with { Errors = reader.Problems.Where(p => p.Severity == DiagnosticSeverity.Error).ToList() };
        var warnings = reader.Problems.Where(p => p.Severity == DiagnosticSeverity.Warning).Concat(rows.Notes).Select(p => p.ToString()).ToList();
        return new ExportAnswers(path, reader.Format, reader.Dialect?.ToString(), mapping, ids, values, read, skipped, rejected, [], warnings)
        {
            EverySkippedAsTest = rows.EverySkippedAsTest(read, skipped),
            Contexts = contexts,
        };
    }
}

/// <summary>A scored row's role (its role column, else --role), pair id and wave (its wave column or REDCap event); null where the export does not say.</summary>
public sealed record RespondentContext(Role? Role, string? PairId, string? Wave);
