namespace MentorEval.Import.Exports;

/// <summary>The line break a CSV file uses (the first one found); all three are read the same way.</summary>
public enum LineEnding
{
    /// <summary>CR LF (Windows, Excel).</summary>
    CrLf,

    /// <summary>LF (Unix, most web exports).</summary>
    Lf,

    /// <summary>CR alone (classic Mac Excel).</summary>
    Cr,

    /// <summary>The file is a single line.</summary>
    None,
}
