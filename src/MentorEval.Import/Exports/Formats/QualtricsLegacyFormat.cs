using System.Text.RegularExpressions;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;

namespace MentorEval.Import.Exports;

/// <summary>
/// Qualtrics' legacy exporter: row 1 holds <c>V1..V10</c> then question names, row 2 the labels of the fixed fields
/// (<c>ResponseID,ResponseSet,Name,ExternalDataReference,EmailAddress,IPAddress,Status,StartDate,EndDate,Finished</c>)
/// then question texts; data from row 3, with a trailing comma on each line.
/// </summary>
internal static partial class QualtricsLegacyFormat
{
    private static readonly HashSet<string> MetadataNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "ResponseSet", "Name", "EmailAddress", "IPAddress", "StartDate", "LocationLatitude", "LocationLongitude", "LocationAccuracy",
    };

    public static void Describe(IReadOnlyList<CsvRecord> records, LayoutBuilder layout)
    {
        var names = records[0];
        var labels = records.Count > 1 ? records[1] : null;
        layout.HeaderRowCount = 2;
        for (var i = 0; i < HeaderCells.Width(names, labels); i++)
        {
            var raw = names[i].Trim();
            var label = labels?[i].Trim() ?? "";
            var isFixedField = FixedField().IsMatch(raw);
            var name = isFixedField || raw.Length == 0 ? label : raw;
            if (name.Length == 0)
            {
                layout.AddUnnamed(i, names.Row);
                continue;
            }

            var kind = isFixedField && !IsInterpreted(name) ? ColumnKind.Metadata : Kind(name);
            layout.Add(new ExportColumn(i, name, kind)
            {
                Header = names[i],
                QuestionText = isFixedField || label.Length == 0 ? null : label,
                IsTextEntry = kind == ColumnKind.Answer && raw.EndsWith("_TEXT", StringComparison.OrdinalIgnoreCase),
            });
        }

        layout.RequireRespondentId("ResponseID", DiagnosticSeverity.Error,
            "Export the responses again from Qualtrics with all fields.", labels?.Row ?? names.Row);
    }

    private static bool IsInterpreted(string name) => Kind(name) != ColumnKind.Answer;

    private static ColumnKind Kind(string name) => name.ToLowerInvariant() switch
    {
        "responseid" => ColumnKind.RespondentId,
        "externaldatareference" => ColumnKind.ParticipantId,
        "enddate" => ColumnKind.SubmittedAt,
        "status" => ColumnKind.Status,
        "finished" => ColumnKind.Finished,
        _ when HeaderCells.ProgramColumn(name) is { } program => program,
        _ when MetadataNames.Contains(name) => ColumnKind.Metadata,
        _ => ColumnKind.Answer,
    };

    [GeneratedRegex(@"^V\d+$")]
    private static partial Regex FixedField();
}
