using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;

namespace MentorEval.Import.Exports;

/// <summary>
/// SurveyMonkey: row 1 names the identification columns and holds each question's text over its first column only;
/// row 2 holds "Response", "Open-Ended Response" or the row/choice label of each column; data from row 3.
/// </summary>
internal static class SurveyMonkeyFormat
{
    private static readonly string[] MetadataNames =
        ["Collector ID", "CollectorID", "Start Date", "StartDate", "IP Address", "Email Address", "First Name", "Last Name", "LastName", "FirstName"];

    // Older exports and exports people trimmed write the identification columns without spaces, or leave some out.
    private static readonly string[] RespondentIdNames = ["Respondent ID", "RespondentID"];
    private static readonly string[] CollectorIdNames = ["Collector ID", "CollectorID"];
    private static readonly string[] EndDateNames = ["End Date", "EndDate"];
    private static readonly string[] IdentificationNames = [.. RespondentIdNames, .. CollectorIdNames, .. EndDateNames, "Start Date", "StartDate"];

    /// <summary>
    /// Why the first two records are SurveyMonkey's header, or null: its respondent and collector ids; or, when some
    /// identification columns are missing (<c>RespondentID</c> only, or an export starting <c>StartDate,EndDate</c>), one
    /// of them in row 1 over an empty cell, and a second row that labels a question's column "Response" or
    /// "Open-Ended Response", as only SurveyMonkey writes.
    /// </summary>
    public static string? Evidence(CsvRecord first, CsvRecord? second)
    {
        var respondent = Find(first, RespondentIdNames);
        var collector = Find(first, CollectorIdNames);
        if (respondent is not null && collector is not null)
        {
            return $"row {first.Row} names {respondent} and {collector}, SurveyMonkey's identification columns";
        }

        if (second is null)
        {
            return null;
        }

        var identification = Enumerable.Range(0, first.Fields.Count)
            .Where(i => HeaderCells.IsAny(first[i], IdentificationNames) && string.IsNullOrWhiteSpace(second[i]))
            .Select(i => first[i].Trim()).ToList();
        var label = second.Fields.FirstOrDefault(f => HeaderCells.Is(f, "Response") || HeaderCells.Is(f, "Open-Ended Response"));
        return identification.Count > 0 && label is not null
            ? $"row {first.Row} names {string.Join(", ", identification)} and row {second.Row} labels answers \"{label.Trim()}\", as SurveyMonkey's two header rows do"
            : null;
    }

    private static string? Find(CsvRecord row, string[] names) => row.Fields.FirstOrDefault(f => HeaderCells.IsAny(f, names))?.Trim();

    public static void Describe(IReadOnlyList<CsvRecord> records, LayoutBuilder layout)
    {
        var questions = records[0];
        var labels = records.Count > 1 ? records[1] : null;
        layout.HeaderRowCount = 2;
        string? question = null;
        for (var i = 0; i < HeaderCells.Width(questions, labels); i++)
        {
            var top = questions[i].Trim();
            var label = labels?[i].Trim() ?? "";
            if (top.Length > 0 && label.Length == 0 && IdentificationKind(top) is { } kind)
            {
                layout.Add(new ExportColumn(i, top, kind) { Header = questions[i] });
                question = null;
                continue;
            }

            // The question text stands over its first column only: carry it over the rest.
            if (top.Length > 0)
            {
                question = top;
            }

            if (question is null && label.Length == 0)
            {
                layout.AddUnnamed(i, questions.Row);
                continue;
            }

            var rowLabel = label is "" or "Response" or "Open-Ended Response" ? null : label;
            layout.Add(new ExportColumn(i, Name(question, rowLabel ?? label), ColumnKind.Answer)
            {
                Header = questions[i],
                QuestionText = question,
                RowLabel = question is null ? null : rowLabel,
                IsTextEntry = label == "Open-Ended Response" || label.StartsWith("Other (please specify)", StringComparison.OrdinalIgnoreCase),
            });
        }

        // Exports stripped of ids are still scored and imported, each row numbered by its row in the file.
        layout.RequireRespondentId("Respondent ID", DiagnosticSeverity.Warning,
            "Rows are numbered by their row in the file instead; to link them to the roster, name the column that holds each respondent's participant code with --respondent-column, or export again with the Respondent ID.",
            questions.Row);
    }

    private static string Name(string? question, string label) => (question, label) switch
    {
        (null, _) => label,
        (_, "" or "Response" or "Open-Ended Response") => question,
        _ => $"{question} - {label}",
    };

    private static ColumnKind? IdentificationKind(string header)
    {
        if (HeaderCells.IsAny(header, RespondentIdNames))
        {
            return ColumnKind.RespondentId;
        }

        if (HeaderCells.IsAny(header, EndDateNames))
        {
            return ColumnKind.SubmittedAt;
        }

        // Programs put their participant code in the contact's first custom field; Respondent ID is SurveyMonkey's own.
        if (HeaderCells.Is(header, "Custom Data 1") || HeaderCells.Is(header, "Custom Data"))
        {
            return ColumnKind.ParticipantId;
        }

        return HeaderCells.IsAny(header, MetadataNames) || header.StartsWith("Custom Data", StringComparison.OrdinalIgnoreCase)
            ? ColumnKind.Metadata
            : null;
    }
}
