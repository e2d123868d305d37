using System.Text;
using MentorEval.Core.Diagnostics;

namespace MentorEval.Import.Redcap;

/// <summary>
/// Converts one form of a REDCap data dictionary into a MentorEval instrument definition (JSON).
/// Nothing is written: the caller validates the JSON with <c>InstrumentDefinition.Parse</c> and saves it.
/// </summary>
/// <remarks>
/// How fields convert:
/// <list type="bullet">
/// <item>radio, dropdown: number codes → a numeric response scale from the lowest to the highest code; other codes →
/// a nominal scale. Non-answers at either end ("9, Not applicable") and REDCap missing data codes ("NA", "UNK")
/// beside number codes become <c>missingCodes</c>. Fields with identical choices share one response scale.</item>
/// <item>yesno → 0 No / 1 Yes; truefalse → 0 False / 1 True; slider → validation min to max (0–100 by default),
/// labels "left | middle | right" at min, middle and max.</item>
/// <item>text validated as integer or number with a minimum of 0 or more → a count item (max from the validation
/// max); other text and notes → text items. Item text is the label without HTML, then the field note in brackets.</item>
/// <item>The record id (the project's first field), calc, descriptive, file, sql and checkbox fields are listed as
/// unsupported with the reason and what to do instead.</item>
/// <item>A matrix group → a mean scale with the group's name as id, titled by its section header, that needs three
/// quarters of its items answered (rounded up).</item>
/// </list>
/// </remarks>
public static class RedcapImport
{
    public static RedcapImportResult FromFile(string path, RedcapImportOptions options)
    {
        if (!File.Exists(path))
        {
            var message = Directory.Exists(path) ? "This is a folder, not a file." : "The file does not exist.";
            return Failed(new Diagnostic(path, DiagnosticCodes.Redcap.Unreadable, message) { Fix =
                "Give the path of the data dictionary CSV (Project Setup → Data Dictionary → \"Download the current Data Dictionary\")." });
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(new Diagnostic(path, DiagnosticCodes.Redcap.Unreadable, $"The file cannot be read: {e.Message}") { Fix =
                "Close it in other programs (Excel locks open files) and check that you may read it." });
        }

        var (text, legacy) = Decode(bytes);
        var result = FromText(text, path, options);
        return legacy
            ? result with { Warnings = [$"{path} is not UTF-8, so it was read as Windows-1252 (old Excel); if characters look wrong, re-save it as \"CSV UTF-8\".", .. result.Warnings] }
            : result;
    }

    /// <param name="csv">The dictionary's text.</param>
    /// <param name="source">Where it came from (a file path), named in every message.</param>
    public static RedcapImportResult FromText(string csv, string source, RedcapImportOptions options)
    {
        var reader = new RedcapDictionaryReader(source);
        var dictionary = reader.Read(csv);
        if (dictionary is null || reader.Errors.Count > 0) return new RedcapImportResult(null, [], reader.Warnings, reader.Errors);

        var result = new RedcapFormConverter(dictionary, options).Convert();
        return result with { Warnings = [.. reader.Warnings, .. result.Warnings] };
    }

    /// <summary>
    /// Byte order marks (UTF-8, UTF-16, UTF-32) decide; without one the text must be UTF-8, and bytes that are not
    /// are taken as Windows-1252, which is what older Excel writes for "CSV".
    /// </summary>
    private static (string Text, bool Legacy) Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: true);
        try
        {
            return (reader.ReadToEnd(), false);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return (Encoding.GetEncoding(1252).GetString(bytes), true);
        }
    }

    private static RedcapImportResult Failed(Diagnostic error) => new(null, [], [], [error]);
}
