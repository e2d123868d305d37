namespace MentorEval.Import.Exports;

/// <summary>How a CSV file is written: encoding, separator and line breaks, as detected when it was opened.</summary>
public sealed record CsvDialect(TextEncoding Encoding, char Separator, LineEnding LineEnding)
{
    /// <summary>
    /// Whether numbers in the file probably use a decimal comma (<c>4,0</c>). European Excel writes <c>;</c> as the
    /// separator exactly because <c>,</c> is its decimal separator, so a <c>;</c> file is taken as the hint.
    /// </summary>
    public bool DecimalComma => Separator == ';';

    public override string ToString()
    {
        var encoding = Encoding switch
        {
            TextEncoding.Utf8 => "UTF-8",
            TextEncoding.Utf8WithBom => "UTF-8 with BOM",
            TextEncoding.Utf16LittleEndian => "UTF-16 LE",
            TextEncoding.Utf16BigEndian => "UTF-16 BE",
            _ => "Windows-1252",
        };
        var separator = Separator switch
        {
            '\t' => "tab",
            _ => $"'{Separator}'",
        };
        return $"{encoding}, {separator}-separated, {LineEnding} line breaks";
    }
}
