namespace MentorEval.Import.Redcap;

/// <summary>
/// Converts one form of a REDCap data dictionary into a MentorEval instrument definition (JSON).
/// Nothing is written: the caller validates the JSON with <c>InstrumentDefinition.Parse</c> and saves it.
/// </summary>
public static class RedcapImport
{
    public static RedcapImportResult FromFile(string path, RedcapImportOptions options)
    {
        if (!File.Exists(path))
        {
            var message = Directory.Exists(path) ? "This is a folder, not a file." : "The file does not exist.";
            return Failed(new RedcapImportError(path, null, null, message,
                "Give the path of the data dictionary CSV (Project Setup → Data Dictionary → \"Download the current Data Dictionary\")."));
        }

        string text;
        try
        {
            // Honours UTF-8, UTF-16 and UTF-32 byte order marks; plain UTF-8 otherwise.
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(new RedcapImportError(path, null, null, $"The file cannot be read: {e.Message}",
                "Close it in other programs (Excel locks open files) and check that you may read it."));
        }

        return FromText(text, path, options);
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

    private static RedcapImportResult Failed(RedcapImportError error) => new(null, [], [], [error]);
}
