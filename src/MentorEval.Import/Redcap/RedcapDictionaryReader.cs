using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using MentorEval.Core.Diagnostics;

namespace MentorEval.Import.Redcap;

/// <summary>
/// Reads data dictionary CSV in either header style (the Data Dictionary download or the API's metadata
/// export), collecting every problem with its row and column instead of stopping at the first.
/// </summary>
internal sealed partial class RedcapDictionaryReader(string source)
{
    private const string DownloadHint =
        "In REDCap: Project Setup → Data Dictionary → \"Download the current Data Dictionary\".";

    private readonly List<Diagnostic> errors = [];
    private readonly List<string> warnings = [];

    public IReadOnlyList<Diagnostic> Errors => errors;

    public IReadOnlyList<string> Warnings => warnings;

    public RedcapDictionary? Read(string text)
    {
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(DiagnosticCodes.Redcap.Empty, null, null, "The file is empty.", $"Give the path of a REDCap data dictionary. {DownloadHint}");
            return null;
        }

        // Text that was decoded as UTF-8 when it was not has lost those characters to U+FFFD before reaching us.
        if (text.Contains('\uFFFD'))
            warnings.Add($"{source} is not valid UTF-8, so some characters are unreadable (shown as �). Re-save it as \"CSV UTF-8\" and import again.");

        var options = CsvReaderOptions.Default with
        {
            Separator = SeparatorOf(text),
            HasHeader = true,
            OnMalformedRecord = Malformed,
        };
        using var csv = CsvReader.FromText(text, options);
        var headers = csv.Headers.ToList();
        var columns = MapColumns(headers);
        if (columns is null) return null;

        var fields = new List<RedcapField>();
        while (csv.Read())
        {
            string Get(RedcapColumn column) =>
                columns.TryGetValue(column, out var index) && index < csv.FieldCount ? csv.GetString(index).Trim() : "";

            var row = (int)csv.RowNumber + 1;
            var name = Get(RedcapColumn.FieldName);
            if (name.Length == 0)
            {
                if (Enumerable.Range(0, csv.FieldCount).Any(i => csv.GetString(i).Trim().Length > 0))
                    warnings.Add($"{source}, row {row}: skipped, it has no field name (column \"{headers[columns[RedcapColumn.FieldName]]}\").");
                continue;
            }

            fields.Add(new RedcapField(row, name, Get(RedcapColumn.FormName), Get(RedcapColumn.SectionHeader),
                Get(RedcapColumn.FieldType).ToLowerInvariant(), Get(RedcapColumn.FieldLabel), Get(RedcapColumn.Choices),
                Get(RedcapColumn.FieldNote), Get(RedcapColumn.Validation).ToLowerInvariant(), Get(RedcapColumn.ValidationMin),
                Get(RedcapColumn.ValidationMax), Get(RedcapColumn.MatrixGroupName), IsYes(Get(RedcapColumn.Identifier))));
        }

        if (fields.Count == 0)
        {
            Error(DiagnosticCodes.Redcap.Empty, null, null, "The dictionary has a header but no fields.", $"Download the dictionary again. {DownloadHint}");
            return null;
        }

        return new RedcapDictionary(source, fields,
            columns.ToDictionary(c => c.Key, c => headers[c.Value]));
    }

    /// <summary>
    /// Reads the API's JSON metadata (<c>/api/?content=metadata&amp;format=json</c>): an array with one object per field,
    /// keyed by the snake_case column names. Entries are counted as rows from 1, in the order of the array.
    /// </summary>
    public RedcapDictionary? ReadJson(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text.TrimStart('\uFEFF'));
        }
        catch (JsonException e)
        {
            Error(DiagnosticCodes.Redcap.NotDictionary, (int?)e.LineNumber + 1, null, $"The JSON cannot be read: {e.Message}",
                "Export the metadata again (API: content=metadata, format=json), or give the Data Dictionary CSV.");
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                Error(DiagnosticCodes.Redcap.NotDictionary, null, null, "The JSON is not a list of fields (REDCap's metadata export is an array of objects with \"field_name\", \"form_name\", ...).",
                    $"Export the metadata again (API: content=metadata, format=json). {DownloadHint}");
                return null;
            }

            var fields = new List<RedcapField>();
            var entry = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                entry++;
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(RedcapColumn.FieldName.ApiName, out _))
                {
                    Error(DiagnosticCodes.Redcap.ColumnMissing, entry, RedcapColumn.FieldName.ApiName, $"Entry {entry} of the list has no \"{RedcapColumn.FieldName.ApiName}\".",
                        $"Each entry is one field, as REDCap's metadata export writes it. {DownloadHint}");
                    continue;
                }

                string Get(RedcapColumn column) =>
                    element.TryGetProperty(column.ApiName, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";

                var name = Get(RedcapColumn.FieldName);
                if (name.Length == 0)
                {
                    warnings.Add($"{source}, entry {entry}: skipped, it has no field name.");
                    continue;
                }

                fields.Add(new RedcapField(entry, name, Get(RedcapColumn.FormName), Get(RedcapColumn.SectionHeader),
                    Get(RedcapColumn.FieldType).ToLowerInvariant(), Get(RedcapColumn.FieldLabel), Get(RedcapColumn.Choices),
                    Get(RedcapColumn.FieldNote), Get(RedcapColumn.Validation).ToLowerInvariant(), Get(RedcapColumn.ValidationMin),
                    Get(RedcapColumn.ValidationMax), Get(RedcapColumn.MatrixGroupName), IsYes(Get(RedcapColumn.Identifier))));
            }

            if (errors.Count > 0) return null;
            if (fields.Count == 0)
            {
                Error(DiagnosticCodes.Redcap.Empty, null, null, "The JSON list has no fields.", $"Export the metadata again. {DownloadHint}");
                return null;
            }

            return new RedcapDictionary(source, fields, RedcapColumn.All.ToDictionary(c => c, c => c.ApiName));
        }
    }

    /// <summary>REDCap writes "y"; people editing the file write "yes" or "Y".</summary>
    private static bool IsYes(string text) => text.Equals("y", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where each known column is; null (after reporting why) when the header is not a dictionary's.</summary>
    private Dictionary<RedcapColumn, int>? MapColumns(IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<RedcapColumn, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var column = RedcapColumn.All.FirstOrDefault(c => c.Matches(headers[i]));
            if (column is not null) columns.TryAdd(column, i);
        }

        if (!columns.ContainsKey(RedcapColumn.FieldName))
        {
            var first = headers.Count > 0 ? headers[0].Trim() : "";
            var looksLikeRecords = string.Equals(first, "record_id", StringComparison.OrdinalIgnoreCase);
            Error(DiagnosticCodes.Redcap.NotDictionary, 1, null,
                looksLikeRecords
                    ? "This looks like a REDCap data export (one row per record), not the data dictionary that describes the fields."
                    : $"This is not a REDCap data dictionary: its header starts with \"{RedcapText.Shorten(first, 40)}\", not \"{RedcapColumn.FieldName.ExportName}\" or \"{RedcapColumn.FieldName.ApiName}\".",
                $"Expected the header {RedcapColumn.ExportHeader} (Data Dictionary download) or {RedcapColumn.ApiHeader} (API metadata export). {DownloadHint}");
            return null;
        }

        // Name missing columns in the style the file uses, so the fix reads like the rest of its header.
        var apiStyle = string.Equals(headers[columns[RedcapColumn.FieldName]].Trim(), RedcapColumn.FieldName.ApiName,
            StringComparison.OrdinalIgnoreCase);
        var missing = RedcapColumn.Required.Where(c => !columns.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            var name = apiStyle ? column.ApiName : column.ExportName;
            Error(DiagnosticCodes.Redcap.ColumnMissing, 1, name, $"The dictionary has no \"{name}\" column.",
                $"Add it (REDCap writes {(apiStyle ? RedcapColumn.ApiHeader : RedcapColumn.ExportHeader)}), or download the dictionary again. {DownloadHint}");
        }

        return missing.Count == 0 ? columns : null;
    }

    /// <summary>
    /// A quote that is never closed swallows every row after it, so it is an error; other stray quotes are
    /// kept as text, which is what the author meant, and only warned about.
    /// </summary>
    private void Malformed(CsvMalformedRecord record)
    {
        var row = (int)record.RecordNumber;
        if (record.Reason == CsvMalformedReason.UnterminatedQuote)
            Error(DiagnosticCodes.Redcap.QuoteUnclosed, row, null, "A quoted value is never closed, so the rest of the file reads as one value.",
                "Close the quote in that row (a quote inside a value is written twice: \"\"), or save the file again from a spreadsheet program.");
        else
            warnings.Add($"{source}, row {row}: a quote out of place ({record.Reason}) was kept as text; check that row's values.");
    }

    /// <summary>
    /// The first header cell names the field-name column, so the character after it is the separator: a comma,
    /// or a semicolon from European Excel, or a tab. Detection from the whole text could be misled by the
    /// commas and pipes inside choice lists.
    /// </summary>
    private static char SeparatorOf(string text)
    {
        var match = FirstHeaderCell().Match(text);
        return match.Success ? match.Groups["separator"].Value[0] : ',';
    }

    private void Error(string code, int? row, string? column, string message, string fix) =>
        errors.Add(new Diagnostic(source, code, message) { Row = row, Column = column, Fix = fix });

    [GeneratedRegex("^\\s*\"?\\s*(?:Variable / Field Name|field_name)\\s*\"?\\s*(?<separator>[,;\\t])", RegexOptions.IgnoreCase)]
    private static partial Regex FirstHeaderCell();
}
