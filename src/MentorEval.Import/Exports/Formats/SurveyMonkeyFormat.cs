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
        ["Collector ID", "Start Date", "IP Address", "Email Address", "First Name", "Last Name"];

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

        layout.RequireRespondentId("Respondent ID", DiagnosticSeverity.Error,
            "Export the responses again from SurveyMonkey (All individual responses, CSV).", questions.Row);
    }

    private static string Name(string? question, string label) => (question, label) switch
    {
        (null, _) => label,
        (_, "" or "Response" or "Open-Ended Response") => question,
        _ => $"{question} - {label}",
    };

    private static ColumnKind? IdentificationKind(string header)
    {
        if (HeaderCells.Is(header, "Respondent ID"))
        {
            return ColumnKind.RespondentId;
        }

        if (HeaderCells.Is(header, "End Date"))
        {
            return ColumnKind.SubmittedAt;
        }

        // Programs put their participant code in the contact's first custom field; Respondent ID is SurveyMonkey's own.
        if (HeaderCells.Is(header, "Custom Data 1"))
        {
            return ColumnKind.ParticipantId;
        }

        return HeaderCells.IsAny(header, MetadataNames) || header.StartsWith("Custom Data", StringComparison.OrdinalIgnoreCase)
            ? ColumnKind.Metadata
            : null;
    }
}
