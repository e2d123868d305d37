using MentorEval.Core.Diagnostics;

namespace MentorEval.Import.Exports;

/// <summary>
/// Typeform responses as CSV: <c>#</c> (the response token Typeform makes for each submission), one column per
/// question titled by its text, the form's hidden fields by name, then <c>Start Date (UTC)</c>, <c>Submit Date (UTC)</c>,
/// <c>Network ID</c> (and in newer exports <c>Response Type</c>, <c>Stage Date (UTC)</c>, <c>Tags</c>, <c>ending</c>).
/// </summary>
internal static class TypeformFormat
{
    public const string Token = "#";
    public const string SubmitDate = "Submit Date (UTC)";

    private static readonly string[] MetadataNames =
        ["Start Date (UTC)", "Stage Date (UTC)", "Network ID", "Response Type", "Tags", "ending"];

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

            var kind = HeaderCells.Is(name, Token) ? ColumnKind.RespondentId
                : HeaderCells.Is(name, SubmitDate) ? ColumnKind.SubmittedAt
                : HeaderCells.IsAny(name, MetadataNames) ? ColumnKind.Metadata
                : HeaderCells.ProgramColumn(name) ?? ColumnKind.Answer;
            // The submit date is in UTC, as its header says, whatever the account's time zone.
            if (kind == ColumnKind.SubmittedAt)
            {
                layout.SetZone(i, TimeZoneInfo.Utc);
            }

            layout.Add(new ExportColumn(i, name, kind) { Header = names[i], QuestionText = kind == ColumnKind.Answer ? name : null });
        }

        layout.RequireRespondentId(Token, DiagnosticSeverity.Warning,
            "Rows are numbered by their row in the file instead; name the question or hidden field that holds each respondent's participant code with --respondent-column.",
            names.Row);
    }
}
