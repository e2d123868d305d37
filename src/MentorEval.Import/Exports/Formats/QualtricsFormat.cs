using System.Text.Json;
using System.Text.RegularExpressions;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;

namespace MentorEval.Import.Exports;

/// <summary>
/// Qualtrics' current CSV exporter: column names, question text, ImportId JSON, data from row 4. Researchers often
/// delete rows 2 and 3 in Excel, so fewer header rows are accepted too (with a warning).
/// </summary>
internal static partial class QualtricsFormat
{
    private static readonly HashSet<string> MetadataNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "StartDate", "EndDate", "IPAddress", "Duration (in seconds)", "RecipientLastName", "RecipientFirstName",
        "RecipientEmail", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage",
    };

    // Timing questions export clicks and seconds under a QID; they are not answers.
    private static readonly string[] TimingSuffixes = ["_FIRST_CLICK", "_LAST_CLICK", "_PAGE_SUBMIT", "_CLICK_COUNT"];

    public static void Describe(IReadOnlyList<CsvRecord> records, LayoutBuilder layout)
    {
        var names = records[0];
        var (texts, ids) = HeaderRows(records, layout);
        var hasRecordedDate = HeaderCells.Has(names, "RecordedDate");
        var described = new List<ExportColumn>();
        for (var i = 0; i < HeaderCells.Width(names, texts, ids); i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0)
            {
                layout.AddUnnamed(i, names.Row);
                continue;
            }

            var (vendorId, attributes) = ReadImportId(ids, i, name, layout);
            var kind = Kind(name, vendorId, hasRecordedDate);
            var loop = vendorId is null ? LoopOfName().Match(name) : QuestionId().Match(vendorId);
            var text = texts?[i].Trim();
            described.Add(new ExportColumn(i, name, kind)
            {
                Header = names[i],
                QuestionText = string.IsNullOrEmpty(text) ? null : text,
                VendorId = vendorId,
                VendorAttributes = attributes,
                IsTextEntry = kind == ColumnKind.Answer && (name.EndsWith("_TEXT", StringComparison.OrdinalIgnoreCase)
                    || vendorId?.EndsWith("_TEXT", StringComparison.OrdinalIgnoreCase) == true),
                LoopPrefix = loop.Success && loop.Groups["loop"].Success ? loop.Groups["loop"].Value : null,
            });

            if (kind == ColumnKind.SubmittedAt && attributes.TryGetValue("timeZone", out var zoneId))
            {
                SetZone(layout, i, name, zoneId, ids!.Row);
            }
        }

        foreach (var column in SplitMatrixTexts(described))
        {
            layout.Add(column);
        }

        layout.RequireRespondentId("ResponseId", DiagnosticSeverity.Error,
            "Export the responses again from Qualtrics with all fields, or rename the response id column to ResponseId.", names.Row);
    }

    /// <summary>Finds the question-text and ImportId rows, whichever survived editing.</summary>
    private static (CsvRecord? Texts, CsvRecord? Ids) HeaderRows(IReadOnlyList<CsvRecord> records, LayoutBuilder layout)
    {
        var names = records[0];
        var second = records.Count > 1 ? records[1] : null;
        var third = records.Count > 2 ? records[2] : null;
        if (third is not null && HeaderCells.IsImportIdRow(third))
        {
            layout.HeaderRowCount = 3;
            return (second, third);
        }

        if (second is not null && HeaderCells.IsImportIdRow(second))
        {
            layout.HeaderRowCount = 2;
            layout.Warn(DiagnosticCodes.Export.UnexpectedHeader,
                "The question-text row is missing (row 2 holds the ImportIds), so columns carry no question text.", second.Row);
            return (null, second);
        }

        if (second is not null && IsQuestionTextRow(names, second))
        {
            layout.HeaderRowCount = 2;
            layout.Warn(DiagnosticCodes.Export.UnexpectedHeader,
                "The ImportId row is missing, so question columns are recognized by name only: every column that is not a known Qualtrics field is read as an answer.",
                second.Row);
            return (second, null);
        }

        layout.HeaderRowCount = 1;
        layout.Warn(DiagnosticCodes.Export.UnexpectedHeader,
            "Only the column-name row is present (the question-text and ImportId rows were removed, often in Excel), so every column that is not a known Qualtrics field is read as an answer.",
            names.Row, fix: "Export again from Qualtrics to keep them.");
        return (null, null);
    }

    /// <summary>Row 2 of a Qualtrics export labels the fixed fields in words: "Response ID", "Start Date".</summary>
    private static bool IsQuestionTextRow(CsvRecord names, CsvRecord second)
    {
        var id = HeaderCells.IndexOf(names, "ResponseId");
        var start = HeaderCells.IndexOf(names, "StartDate");
        return (id >= 0 && HeaderCells.Is(second[id], "Response ID")) || (start >= 0 && HeaderCells.Is(second[start], "Start Date"));
    }

    private static ColumnKind Kind(string name, string? vendorId, bool hasRecordedDate)
    {
        switch (name.ToLowerInvariant())
        {
            case "responseid":
                return ColumnKind.RespondentId;
            case "externalreference" or "externaldatareference":
                return ColumnKind.ParticipantId;
            case "recordeddate":
                return ColumnKind.SubmittedAt;
            case "enddate":
                return hasRecordedDate ? ColumnKind.Metadata : ColumnKind.SubmittedAt;
            case "status":
                return ColumnKind.Status;
            case "progress":
                return ColumnKind.Progress;
            case "finished":
                return ColumnKind.Finished;
        }

        if (HeaderCells.ProgramColumn(name) is { } program)
        {
            return program;
        }

        if (MetadataNames.Contains(name) || name.StartsWith("Q_", StringComparison.Ordinal))
        {
            return ColumnKind.Metadata;
        }

        if (vendorId is null)
        {
            return ColumnKind.Answer;
        }

        // With ImportIds, questions are exactly the QIDs; embedded data and scores are named otherwise.
        var isQuestion = QuestionId().IsMatch(vendorId) && !TimingSuffixes.Any(s => vendorId.EndsWith(s, StringComparison.OrdinalIgnoreCase));
        return isQuestion ? ColumnKind.Answer : ColumnKind.Metadata;
    }

    private static (string? VendorId, IReadOnlyDictionary<string, string> Attributes) ReadImportId(CsvRecord? ids, int index, string name, LayoutBuilder layout)
    {
        var cell = ids?[index].Trim();
        var attributes = new Dictionary<string, string>();
        if (string.IsNullOrEmpty(cell))
        {
            return (null, attributes);
        }

        try
        {
            using var json = JsonDocument.Parse(cell.Contains("'ImportId'", StringComparison.Ordinal) ? SingleQuotedToJson(cell) : cell);
            string? vendorId = null;
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in json.RootElement.EnumerateObject())
                {
                    var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                    if (property.NameEquals("ImportId"))
                    {
                        // The Insights exporter wrote QID3-1 for what Qualtrics now writes QID3_1.
                        vendorId = QuestionId().IsMatch(value) ? value.Replace('-', '_') : value;
                    }
                    else
                    {
                        attributes[property.Name] = value;
                    }
                }
            }

            return (vendorId, attributes);
        }
        catch (JsonException)
        {
            layout.Warn(DiagnosticCodes.Export.UnreadableImportId,
                $"The ImportId of column \"{name}\" is not valid JSON ({HeaderCells.Quote(cell)}); the column is described by its name only.",
                ids!.Row, ExportColumn.ColumnLetter(index));
            return (null, attributes);
        }
    }

    /// <summary>
    /// The Insights exporter's ImportId cells are Python dicts (<c>{'ImportId': 'QID3-1', 'timeZone': 'UTC'}</c>): its
    /// single-quoted strings become JSON strings, the rest is kept, and anything else malformed stays malformed.
    /// </summary>
    internal static string SingleQuotedToJson(string cell)
    {
        var json = new System.Text.StringBuilder(cell.Length + 8);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\'')
            {
                json.Append(cell[i]);
                continue;
            }

            var text = new System.Text.StringBuilder();
            for (i++; i < cell.Length && cell[i] != '\''; i++)
            {
                if (cell[i] == '\\' && i + 1 < cell.Length)
                {
                    i++;
                }

                text.Append(cell[i]);
            }

            json.Append(JsonSerializer.Serialize(text.ToString()));
        }

        return json.ToString();
    }

    private static void SetZone(LayoutBuilder layout, int index, string name, string zoneId, int row)
    {
        if (zoneId is "Z" or "UTC" or "GMT" or "Etc/UTC")
        {
            layout.SetZone(index, TimeZoneInfo.Utc);
        }
        else if (TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            layout.SetZone(index, zone);
        }
        else
        {
            layout.Warn(DiagnosticCodes.Export.UnknownTimeZone,
                $"The ImportId of column \"{name}\" names the time zone \"{zoneId}\", which this machine does not know; its times are read in {layout.Options.TimeZone.Id}.",
                row, ExportColumn.ColumnLetter(index));
        }
    }

    /// <summary>
    /// Qualtrics writes a matrix row's text as "Question - Statement". Where several columns of one question (one QID)
    /// share the text up to a " - ", that part is the question and the rest the row label.
    /// </summary>
    private static IEnumerable<ExportColumn> SplitMatrixTexts(List<ExportColumn> columns)
    {
        var groups = columns
            .Where(c => c.Kind == ColumnKind.Answer && c.QuestionText is not null && c.VendorId is not null && QuestionId().IsMatch(c.VendorId))
            .GroupBy(c => (c.LoopPrefix, Qid: QuestionId().Match(c.VendorId!).Groups["qid"].Value))
            .Where(g => g.Count() > 1);
        var split = new Dictionary<int, ExportColumn>();
        foreach (var group in groups)
        {
            var texts = group.Select(c => c.QuestionText!).ToList();
            var common = texts.Min(t => texts[0].AsSpan().CommonPrefixLength(t));
            var cut = texts[0].AsSpan(0, common).LastIndexOf(" - ", StringComparison.Ordinal);
            if (cut <= 0 || texts.Any(t => t.Length <= cut + 3))
            {
                continue;
            }

            foreach (var column in group)
            {
                split[column.Index] = column with { QuestionText = column.QuestionText![..cut], RowLabel = column.QuestionText[(cut + 3)..] };
            }
        }

        return columns.Select(c => split.GetValueOrDefault(c.Index, c));
    }

    [GeneratedRegex(@"^(?:(?<loop>\d+)_)?QID(?<qid>\d+)")]
    private static partial Regex QuestionId();

    [GeneratedRegex(@"^(?<loop>\d+)_Q\d")]
    private static partial Regex LoopOfName();
}
