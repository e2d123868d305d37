using System.IO.Compression;
using System.Text;
using MentorEval.Core.Diagnostics;
using MentorEval.Import.Exports;

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
/// <item>The record id (a project's first field, when it is a text field named or labelled as an id; a Shared
/// Library instrument.csv has none), calc, descriptive, file, sql, checkbox fields, choice fields without choices, and
/// fields marked "Identifier? = y" (unless <see cref="RedcapImportOptions.KeepIdentifiers"/>) are listed as unsupported
/// with the reason and what to do instead.</item>
/// <item>A matrix group → a scale with the group's name as id, titled by its section header: a sum when its field notes
/// or header say so ("Sum of the five items"), else a mean; it needs <see cref="RedcapImportOptions.MinAnswered"/> items
/// answered, or three quarters of its items (rounded up).</item>
/// <item>The dictionary may be the Data Dictionary CSV, the API's metadata CSV or JSON, or an instrument package
/// (a ZIP holding instrument.csv).</item>
/// </list>
/// </remarks>
public static class RedcapImport
{
    /// <summary>The dictionary inside an instrument package, and the name of a Shared Library instrument's dictionary.</summary>
    private const string PackageDictionary = "instrument.csv";

    private const int MaxPackageDictionary = 16 * 1024 * 1024;
    private const int SniffBytes = 8192;

    private const string DictionaryHint = "In REDCap: Project Setup → Data Dictionary → \"Download the current Data Dictionary\".";

    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

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

        if (bytes.AsSpan().StartsWith(ZipMagic)) return FromPackage(path, bytes, options);
        if (EncodingSniffer.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, SniffBytes)), bytes.Length <= SniffBytes).NotText is { } notText)
        {
            // One line: the bytes themselves would fill the terminal with noise.
            return Failed(new Diagnostic(path, DiagnosticCodes.Redcap.NotText, $"The file {notText.Replace("a CSV file", "a data dictionary", StringComparison.Ordinal).Replace("a CSV export", "a data dictionary", StringComparison.Ordinal)}.")
            {
                Fix = $"Give the data dictionary as CSV or JSON, or a REDCap instrument package (.zip). {DictionaryHint}",
            });
        }

        var (text, legacy) = Decode(bytes);
        var result = FromText(text, path, options);
        return legacy
            ? result with { Warnings = [$"{path} is not UTF-8, so it was read as Windows-1252 (old Excel); if characters look wrong, re-save it as \"CSV UTF-8\".", .. result.Warnings] }
            : result;
    }

    /// <param name="csv">The dictionary's text: CSV, or the API's JSON metadata (an array).</param>
    /// <param name="source">Where it came from (a file path), named in every message.</param>
    public static RedcapImportResult FromText(string csv, string source, RedcapImportOptions options) =>
        FromText(csv, source, options, sharedLibrary: string.Equals(Path.GetFileName(source), PackageDictionary, StringComparison.OrdinalIgnoreCase));

    /// <param name="sharedLibrary">The text is a Shared Library instrument (instrument.csv): it has no record id field.</param>
    private static RedcapImportResult FromText(string csv, string source, RedcapImportOptions options, bool sharedLibrary)
    {
        var reader = new RedcapDictionaryReader(source);
        var dictionary = csv.AsSpan().TrimStart("\uFEFF \t\r\n").StartsWith("[") ? reader.ReadJson(csv) : reader.Read(csv);
        if (dictionary is null || reader.Errors.Count > 0) return new RedcapImportResult(null, [], reader.Warnings, reader.Errors);

        var result = new RedcapFormConverter(dictionary, options, sharedLibrary).Convert();
        return result with { Warnings = [.. reader.Warnings, .. result.Warnings] };
    }

    /// <summary>
    /// A REDCap instrument package (Shared Library or "Download instrument ZIP"): a ZIP holding instrument.csv, a
    /// dictionary of one form without a record id field. Only that entry is read, and only up to <see cref="MaxPackageDictionary"/>
    /// bytes, so a crafted archive cannot fill the memory or the disk.
    /// </summary>
    private static RedcapImportResult FromPackage(string path, byte[] bytes, RedcapImportOptions options)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.Name, PackageDictionary, StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                var excel = zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal));
                return Failed(new Diagnostic(path, DiagnosticCodes.Redcap.PackageInvalid, excel
                    ? "The file is an Excel workbook (.xlsx), not a data dictionary."
                    : $"The ZIP holds no {PackageDictionary}, so it is not a REDCap instrument package.")
                {
                    Fix = excel ? "Save the sheet as CSV UTF-8 and give that file." : $"Give the instrument ZIP downloaded from REDCap, or the data dictionary CSV. {DictionaryHint}",
                });
            }

            if (entry.Length > MaxPackageDictionary)
                return Failed(new Diagnostic(path, DiagnosticCodes.Redcap.PackageInvalid,
                    $"{entry.FullName} in the ZIP is {entry.Length / 1024 / 1024} MB unpacked, more than a dictionary of one instrument ever is.")
                {
                    Fix = $"Check that this is a REDCap instrument package; a dictionary of one form is a few kilobytes. {DictionaryHint}",
                });

            using var stream = entry.Open();
            var content = new byte[(int)entry.Length];
            stream.ReadExactly(content);
            var (text, legacy) = Decode(content);
            var result = FromText(text, $"{path}!{entry.FullName}", options, sharedLibrary: true);
            return legacy
                ? result with { Warnings = [$"{entry.FullName} in {path} is not UTF-8, so it was read as Windows-1252.", .. result.Warnings] }
                : result;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return Failed(new Diagnostic(path, DiagnosticCodes.Redcap.PackageInvalid, $"The ZIP cannot be opened ({e.Message.TrimEnd('.')}).")
            {
                Fix = $"Download the instrument package again. {DictionaryHint}",
            });
        }
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
