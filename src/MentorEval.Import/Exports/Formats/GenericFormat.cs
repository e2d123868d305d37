using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;

namespace MentorEval.Import.Exports;

/// <summary>
/// MentorEval's own layout: <c>respondent_id</c> (required), optionally <c>pair_id</c>, <c>role</c>, <c>wave</c>,
/// <c>submitted_at</c> (ISO 8601), and one column per item id, named exactly as the instrument's items.
/// </summary>
internal static class GenericFormat
{
    public static void Describe(IReadOnlyList<CsvRecord> records, LayoutBuilder layout)
    {
        var names = records[0];
        for (var i = 0; i < HeaderCells.Width(names); i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0)
            {
                layout.AddUnnamed(i, names.Row);
                continue;
            }

            var kind = name.ToLowerInvariant() switch
            {
                "respondent_id" => ColumnKind.RespondentId,
                "pair_id" => ColumnKind.PairId,
                "role" => ColumnKind.Role,
                "wave" => ColumnKind.Wave,
                "submitted_at" => ColumnKind.SubmittedAt,
                _ => ColumnKind.Answer,
            };
            layout.Add(new ExportColumn(i, name, kind) { Header = names[i] });
        }

        layout.RequireRespondentId("respondent_id", DiagnosticSeverity.Error,
            "The generic layout starts respondent_id,pair_id,role,wave,submitted_at then item ids: rename the id column, name it with --respondent-column, or read the file as the survey tool's format.",
            names.Row);
    }
}
