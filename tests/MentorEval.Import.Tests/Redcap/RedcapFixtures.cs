using MentorEval.Core.Instruments;
using MentorEval.Import.Redcap;

namespace MentorEval.Import.Tests.Redcap;

/// <summary>The fixture dictionaries, dictionaries written inline, and reading a result back as an instrument.</summary>
internal static class RedcapFixtures
{
    /// <summary>The "Download the current Data Dictionary" file: classic header, UTF-8 BOM, CRLF.</summary>
    public const string Export = "mentoring_dictionary_export.csv";

    /// <summary>The API metadata export of the same project: snake_case header, LF.</summary>
    public const string Api = "mentoring_dictionary_api.csv";

    public const string Form = "mentee_checkin";

    public const string ExportHeader =
        "\"Variable / Field Name\",\"Form Name\",\"Section Header\",\"Field Type\",\"Field Label\",\"Choices, Calculations, OR Slider Labels\",\"Field Note\",\"Text Validation Type OR Show Slider Number\",\"Text Validation Min\",\"Text Validation Max\",Identifier?,\"Branching Logic (Show field only if...)\",\"Required Field?\",\"Custom Alignment\",\"Question Number (surveys only)\",\"Matrix Group Name\",\"Matrix Ranking?\",\"Field Annotation\"";

    public static string PathOf(string fixture) => Path.Combine(AppContext.BaseDirectory, "Redcap", "Fixtures", fixture);

    public static RedcapImportResult ImportFixture(string fixture, RedcapImportOptions? options = null) =>
        RedcapImport.FromFile(PathOf(fixture), options ?? new RedcapImportOptions(Form));

    /// <summary>
    /// A dictionary in the export style whose first field is the record id, followed by <paramref name="rows"/>
    /// (CSV lines starting at the field name; missing trailing columns are fine).
    /// </summary>
    public static RedcapImportResult ImportRows(RedcapImportOptions options, params string[] rows)
    {
        var csv = string.Join("\n", [ExportHeader, $"record_id,{options.Form},,text,Record ID", .. rows]);
        return RedcapImport.FromText(csv, "inline.csv", options);
    }

    public static RedcapImportResult ImportRows(params string[] rows) => ImportRows(new RedcapImportOptions("survey"), rows);

    /// <summary>The converted definition read back through the real reader; fails the test when it is not valid.</summary>
    public static Instrument Instrument(RedcapImportResult result)
    {
        result.Errors.ShouldBeEmpty();
        var parsed = InstrumentDefinition.Parse(result.DefinitionJson!, "converted.json");
        parsed.Errors.ShouldBeEmpty();
        return parsed.Instrument!;
    }

    public static ResponseScale ScaleOf(Instrument instrument, string itemId) =>
        instrument.ResponseScaleOf(instrument.FindItem(itemId)!)!;
}
