using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;

namespace MentorEval.Import.Exports;

/// <summary>
/// Collects the columns a format describes from its header rows and turns them into an <see cref="ExportLayout"/>:
/// renames repeated names, reads the column the caller named as the respondents' id, numbers the answers, finds the
/// columns that give rows their meaning.
/// </summary>
internal sealed class LayoutBuilder(string source, ExportReadOptions options)
{
    private readonly List<ExportColumn> columns = [];
    private readonly Dictionary<int, TimeZoneInfo> zones = [];

    public ExportReadOptions Options => options;

    public List<Diagnostic> Problems { get; } = [];

    public int HeaderRowCount { get; set; } = 1;

    public bool EveryRowComplete { get; set; }

    public DateOrder DefaultDateOrder { get; set; } = DateOrder.MonthFirst;

    public bool Has(ColumnKind kind) => columns.Exists(c => c.Kind == kind);

    public void Add(ExportColumn column) => columns.Add(column);

    /// <summary>A column without a header name: kept in the cells, never read as an answer.</summary>
    public void AddUnnamed(int index, int headerRow)
    {
        var letter = ExportColumn.ColumnLetter(index);
        columns.Add(new ExportColumn(index, $"(column {letter})", ColumnKind.Metadata));
        Warn(DiagnosticCodes.Export.UnnamedColumn,
            $"Column {letter} has no header, so its cells are not read as answers.",
            headerRow, letter, "Give it the item id or question it holds.");
    }

    public void SetZone(int index, TimeZoneInfo zone) => zones[index] = zone;

    public void Warn(string code, string message, int? row = null, string? column = null, string? fix = null) =>
        Problems.Add(ExportDiagnostic.Of(source, code, DiagnosticSeverity.Warning, message, row, column, fix));

    /// <summary>Checks the respondent id column the format needs; <paramref name="severity"/> says how much it matters.
    /// A column the caller named (<see cref="ExportReadOptions.RespondentColumn"/>) stands in for it.</summary>
    public void RequireRespondentId(string header, DiagnosticSeverity severity, string advice, int headerRow)
    {
        if (!Has(ColumnKind.RespondentId) && options.RespondentColumn is null)
        {
            Problems.Add(ExportDiagnostic.Of(source, DiagnosticCodes.Export.MissingColumn, severity,
                $"There is no \"{header}\" column, so rows have no respondent id.", headerRow, fix: advice));
        }
    }

    public ExportLayout Build(int headerRow)
    {
        var unique = RenameRepeats(headerRow);
        if (options.RespondentColumn is { } named && RespondentColumn.Apply(unique, named, headerRow) is { } problem)
        {
            Problems.Add(ExportDiagnostic.Of(source, DiagnosticCodes.Export.UnusableRespondentColumn, DiagnosticSeverity.Error, problem, headerRow));
        }

        var answers = new List<ExportColumn>();
        for (var i = 0; i < unique.Count; i++)
        {
            if (unique[i].Kind == ColumnKind.Answer)
            {
                unique[i] = unique[i] with { AnswerIndex = answers.Count };
                answers.Add(unique[i]);
            }
        }

        var submitted = unique.Where(c => c.Kind == ColumnKind.SubmittedAt).Select(c => c.Index).ToArray();
        return new ExportLayout
        {
            HeaderRowCount = HeaderRowCount,
            Columns = unique,
            AnswerColumns = answers,
            AnswerIndexes = answers.Select(c => c.Index).ToArray(),
            RespondentId = First(unique, ColumnKind.RespondentId),
            ParticipantId = First(unique, ColumnKind.ParticipantId),
            PairId = First(unique, ColumnKind.PairId),
            Role = First(unique, ColumnKind.Role),
            Wave = First(unique, ColumnKind.Wave),
            Status = First(unique, ColumnKind.Status),
            Progress = First(unique, ColumnKind.Progress),
            Finished = First(unique, ColumnKind.Finished),
            Event = First(unique, ColumnKind.Event),
            RepeatInstrument = First(unique, ColumnKind.RepeatInstrument),
            RepeatInstance = First(unique, ColumnKind.RepeatInstance),
            SubmittedAt = submitted,
            SubmittedAtZones = submitted.Select(i => zones.GetValueOrDefault(i)).ToArray(),
            FormStatus = unique.Where(c => c.Kind == ColumnKind.FormStatus).Select(c => c.Index).ToArray(),
            EveryRowComplete = EveryRowComplete,
            DefaultDateOrder = DefaultDateOrder,
        };
    }

    /// <summary>Keeps every column of a repeated name: the second <c>Q1</c> becomes <c>Q1 (2)</c>.</summary>
    private List<ExportColumn> RenameRepeats(int headerRow)
    {
        var seen = new Dictionary<string, ExportColumn>(StringComparer.OrdinalIgnoreCase);
        var result = new List<ExportColumn>(columns.Count);
        foreach (var column in columns.OrderBy(c => c.Index))
        {
            if (!seen.TryGetValue(column.Name, out var earlier))
            {
                seen[column.Name] = column;
                result.Add(column);
                continue;
            }

            var copy = 2;
            while (seen.ContainsKey($"{column.Name} ({copy})"))
            {
                copy++;
            }

            var renamed = column with { Name = $"{column.Name} ({copy})" };
            seen[renamed.Name] = renamed;
            result.Add(renamed);

            // REDCap label headers repeat "Complete?" once per form by design.
            if (column.Kind != ColumnKind.FormStatus)
            {
                Warn(DiagnosticCodes.Export.DuplicateHeader,
                    $"Columns {earlier.Letter} and {column.Letter} are both named \"{column.Name}\"; column {column.Letter} is read as \"{renamed.Name}\".",
                    headerRow, renamed.Letter, "If they are different questions, give them different names in the survey tool.");
            }
        }

        return result;
    }

    private static int First(List<ExportColumn> columns, ColumnKind kind) =>
        columns.Find(c => c.Kind == kind)?.Index ?? -1;
}
