using System.Text.RegularExpressions;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;

namespace MentorEval.Import.Exports;

/// <summary>
/// Google Forms responses as CSV: <c>Timestamp</c>, <c>Email Address</c> when collected, then question titles
/// verbatim; a grid question becomes one <c>Question [Row]</c> column per row.
/// </summary>
internal static partial class GoogleFormsFormat
{
    public static readonly string[] EmailHeaders = ["Email Address", "Email", "Username"];

    private static readonly string[] ScoreHeaders = ["Score", "Total score"];

    public static void Describe(IReadOnlyList<CsvRecord> records, LayoutBuilder layout)
    {
        var names = records[0];
        layout.EveryRowComplete = true;
        for (var i = 0; i < HeaderCells.Width(names); i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0)
            {
                layout.AddUnnamed(i, names.Row);
                continue;
            }

            if (i == 0)
            {
                layout.Add(new ExportColumn(i, name, ColumnKind.SubmittedAt) { Header = names[i] });
            }
            else if (HeaderCells.IsAny(name, EmailHeaders) && !layout.Has(ColumnKind.RespondentId))
            {
                layout.Add(new ExportColumn(i, name, ColumnKind.RespondentId) { Header = names[i] });
            }
            else if (HeaderCells.IsAny(name, ScoreHeaders))
            {
                layout.Add(new ExportColumn(i, name, ColumnKind.Metadata) { Header = names[i] });
            }
            else
            {
                var grid = GridRow().Match(name);
                layout.Add(new ExportColumn(i, name, ColumnKind.Answer)
                {
                    Header = names[i],
                    QuestionText = grid.Success ? grid.Groups["question"].Value : name,
                    RowLabel = grid.Success ? grid.Groups["row"].Value : null,
                });
            }
        }

        layout.RequireRespondentId("Email Address", DiagnosticSeverity.Warning,
            "The form did not collect email addresses: name the question that holds each respondent's participant code with --respondent-column, e.g. --respondent-column \"Your participant code\".",
            names.Row);
    }

    [GeneratedRegex(@"^(?<question>.*\S)\s*\[(?<row>[^\[\]]+)\]$")]
    private static partial Regex GridRow();
}
