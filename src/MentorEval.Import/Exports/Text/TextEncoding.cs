namespace MentorEval.Import.Exports;

/// <summary>The character encoding detected for a CSV file.</summary>
public enum TextEncoding
{
    /// <summary>UTF-8 without a byte order mark (also pure ASCII).</summary>
    Utf8,

    /// <summary>UTF-8 with a byte order mark (Excel's "CSV UTF-8").</summary>
    Utf8WithBom,

    /// <summary>UTF-16 little endian (Excel's "Unicode text", tab-separated).</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big endian.</summary>
    Utf16BigEndian,

    /// <summary>Windows-1252, as old Excel versions save "CSV" on Western European Windows.</summary>
    Windows1252,
}
