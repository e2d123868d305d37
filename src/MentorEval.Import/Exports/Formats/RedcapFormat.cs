using System.Text.RegularExpressions;
using MentorEval.Core.Diagnostics;

namespace MentorEval.Import.Exports;

/// <summary>
/// A REDCap record export: the record id first (<c>record_id</c> or whatever the project's first field is),
/// then <c>redcap_event_name</c>, <c>redcap_repeat_instrument</c>, <c>redcap_repeat_instance</c> when the project has
/// events or repeating instruments, the fields (checkboxes as <c>var___code</c>), and <c>&lt;form&gt;_complete</c>
/// after each form. Missing-data codes (-99, NA) stay in the answer cells: they are the importer's business.
/// </summary>
internal static partial class RedcapFormat
{
    public static bool IsFormStatusName(string name)
    {
        var trimmed = name.Trim();
        return (trimmed.EndsWith("_complete", StringComparison.OrdinalIgnoreCase) && trimmed.Length > "_complete".Length)
            || trimmed == "Complete?";
    }

    public static void Describe(IReadOnlyList<CsvRecord> records, LayoutBuilder layout)
    {
        var names = records[0];
        if (HeaderCells.Is(names[0], "Record ID"))
        {
            layout.Warn(DiagnosticCodes.Export.UnexpectedHeader,
                "The headers are REDCap field labels, not variable names, so columns cannot be matched to the data dictionary reliably.",
                names.Row, fix: "Export with variable names as headers (\"CSV / Microsoft Excel (raw data)\", or choose raw headers).");
        }

        var width = HeaderCells.Width(names);
        var kinds = new ColumnKind[width];
        for (var i = 0; i < width; i++)
        {
            kinds[i] = i == 0 ? ColumnKind.RespondentId : Kind(names[i].Trim(), names);
        }

        var forms = FormStatusAfter(kinds);
        for (var i = 0; i < width; i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0)
            {
                layout.AddUnnamed(i, names.Row);
                continue;
            }

            var kind = kinds[i];
            var checkbox = kind == ColumnKind.Answer ? Checkbox(name) : null;
            var choiceLabel = kind == ColumnKind.Answer ? LabelledChoice().Match(name) : Match.Empty;
            layout.Add(new ExportColumn(i, name, kind)
            {
                Header = names[i],
                Checkbox = checkbox,
                QuestionText = choiceLabel.Success ? choiceLabel.Groups["field"].Value : null,
                RowLabel = choiceLabel.Success ? choiceLabel.Groups["choice"].Value : null,
                FormStatusIndex = kind == ColumnKind.Answer ? forms[i] : -1,
            });
        }
    }

    /// <summary>
    /// For each column, the first form status column after it (-1 when none): REDCap writes each form's fields, then its
    /// <c>&lt;form&gt;_complete</c> ("Complete?" in label exports), so that is the status of the form the column is on.
    /// </summary>
    private static int[] FormStatusAfter(ColumnKind[] kinds)
    {
        var forms = new int[kinds.Length];
        var status = -1;
        for (var i = kinds.Length - 1; i >= 0; i--)
        {
            if (kinds[i] == ColumnKind.FormStatus)
            {
                status = i;
            }

            forms[i] = status;
        }

        return forms;
    }

    private static ColumnKind Kind(string name, CsvRecord names)
    {
        switch (name.ToLowerInvariant())
        {
            case "redcap_event_name" or "event name":
                return ColumnKind.Event;
            case "redcap_repeat_instrument" or "repeat instrument":
                return ColumnKind.RepeatInstrument;
            // Newer REDCap versions name the repeat instance of a repeating form redcap_form_instance.
            case "redcap_repeat_instance" or "redcap_form_instance" or "repeat instance":
                return ColumnKind.RepeatInstance;
            case "survey timestamp":
                return ColumnKind.SubmittedAt;
            case "data access group" or "survey identifier":
                return ColumnKind.Metadata;
        }

        if (HeaderCells.ProgramColumn(name) is { } program)
        {
            return program;
        }

        if (name.StartsWith("redcap_", StringComparison.OrdinalIgnoreCase))
        {
            return ColumnKind.Metadata;
        }

        if (IsFormStatusName(name))
        {
            return ColumnKind.FormStatus;
        }

        // A survey's completion time is <form>_timestamp; a field of that name on a form without status is not one.
        const string timestamp = "_timestamp";
        if (name.EndsWith(timestamp, StringComparison.OrdinalIgnoreCase)
            && HeaderCells.Has(names, string.Concat(name.AsSpan(0, name.Length - timestamp.Length), "_complete")))
        {
            return ColumnKind.SubmittedAt;
        }

        return ColumnKind.Answer;
    }

    private static CheckboxChoice? Checkbox(string name)
    {
        var split = name.IndexOf("___", StringComparison.Ordinal);
        return split > 0 && split + 3 < name.Length ? new CheckboxChoice(name[..split], name[(split + 3)..]) : null;
    }

    // Label headers write a checkbox column as "Field label (choice=Choice label)".
    [GeneratedRegex(@"^(?<field>.+?) \(choice=(?<choice>.+)\)$")]
    private static partial Regex LabelledChoice();
}
