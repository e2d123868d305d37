namespace MentorEval.Import.Exports;

/// <summary>
/// Tells which survey tool wrote an export from its first rows (pass at least the first three records), and says why.
/// The signatures are checked from the most specific (Qualtrics' ImportId row) to the least (a generic
/// <c>respondent_id</c> column); a file that matches none is read as generic.
/// </summary>
public static class ExportDetector
{
    private static readonly string[] GoogleTimestamps =
        ["Timestamp", "Marca temporal", "Horodateur", "Zeitstempel", "Carimbo de data/hora", "Informazioni cronologiche", "Tijdstempel"];

    public static ExportDetection Detect(IReadOnlyList<CsvRecord> firstRecords)
    {
        if (firstRecords.Count == 0)
        {
            return new ExportDetection(ExportFormat.Generic, ["the file has no rows; nothing to detect from"]);
        }

        var first = firstRecords[0];
        var second = firstRecords.Count > 1 ? firstRecords[1] : null;
        var third = firstRecords.Count > 2 ? firstRecords[2] : null;

        foreach (var row in new[] { third, second })
        {
            if (row is not null && HeaderCells.IsImportIdRow(row))
            {
                var evidence = new List<string> { $"row {row.Row} holds Qualtrics ImportId JSON ({HeaderCells.Quote(FirstImportId(row))})" };
                if (HeaderCells.Has(first, "ResponseId"))
                {
                    evidence.Add($"row {first.Row} names ResponseId");
                }

                return new ExportDetection(ExportFormat.Qualtrics, evidence);
            }
        }

        if (HeaderCells.Is(first[0], "V1") && second is not null && HeaderCells.Has(second, "ResponseID"))
        {
            return new ExportDetection(ExportFormat.QualtricsLegacy,
                [$"row {first.Row} starts V1, V2, … and row {second.Row} names ResponseID, as Qualtrics' legacy exporter writes"]);
        }

        if (HeaderCells.IsAny(first[0], [TypeformFormat.Token]) && (HeaderCells.Has(first, TypeformFormat.SubmitDate) || HeaderCells.Has(first, "Network ID")))
        {
            return new ExportDetection(ExportFormat.Typeform,
                [$"row {first.Row} starts with \"#\" (Typeform's response token) and names {(HeaderCells.Has(first, TypeformFormat.SubmitDate) ? TypeformFormat.SubmitDate : "Network ID")}"]);
        }

        if (SurveyMonkeyFormat.Evidence(first, second) is { } surveyMonkey)
        {
            return new ExportDetection(ExportFormat.SurveyMonkey, [surveyMonkey]);
        }

        if (RedcapEvidence(first) is { Count: > 0 } redcap)
        {
            return new ExportDetection(ExportFormat.Redcap, redcap);
        }

        if (HeaderCells.IsAny(first[0], GoogleTimestamps))
        {
            var evidence = $"row {first.Row} starts with \"{first[0].Trim()}\", Google Forms' first column";
            if (first.Fields.Count > 1 && HeaderCells.IsAny(first[1], GoogleFormsFormat.EmailHeaders))
            {
                evidence += $", followed by \"{first[1].Trim()}\"";
            }

            return new ExportDetection(ExportFormat.GoogleForms, [evidence]);
        }

        if (HeaderCells.Has(first, "ResponseId") && HeaderCells.Has(first, "Finished"))
        {
            return new ExportDetection(ExportFormat.Qualtrics,
                [$"row {first.Row} names ResponseId and Finished, Qualtrics columns, but no row holds ImportId JSON (the extra header rows were probably deleted)"]);
        }

        return HeaderCells.Has(first, "respondent_id")
            ? new ExportDetection(ExportFormat.Generic, [$"row {first.Row} names respondent_id, MentorEval's generic layout"])
            : new ExportDetection(ExportFormat.Generic, ["no survey tool's header was recognized; read as MentorEval's generic layout"]);
    }

    private static List<string> RedcapEvidence(CsvRecord first)
    {
        var evidence = new List<string>();
        if (HeaderCells.Is(first[0], "record_id"))
        {
            evidence.Add($"row {first.Row} starts with record_id, REDCap's record id");
        }

        var redcapColumns = first.Fields.Where(f => f.Trim().StartsWith("redcap_", StringComparison.OrdinalIgnoreCase)).Select(f => f.Trim()).ToList();
        if (redcapColumns.Count > 0)
        {
            evidence.Add($"row {first.Row} names {string.Join(", ", redcapColumns)}");
        }

        var formStatus = first.Fields.Where(f => RedcapFormat.IsFormStatusName(f)).Select(f => f.Trim()).ToList();
        if (formStatus.Count > 0 && !HeaderCells.Has(first, "respondent_id"))
        {
            evidence.Add($"row {first.Row} has REDCap form status columns ({string.Join(", ", formStatus.Take(3))})");
        }

        if (HeaderCells.Is(first[0], "Record ID") && first.Fields.Any(f => HeaderCells.Is(f, "Complete?")))
        {
            evidence.Add($"row {first.Row} has REDCap's label headers \"Record ID\" and \"Complete?\"");
        }

        return evidence;
    }

    private static string FirstImportId(CsvRecord row) => row.Fields.First(HeaderCells.IsImportId).Trim();
}
