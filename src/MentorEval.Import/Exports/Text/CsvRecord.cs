using MentorEval.Core.Diagnostics;

namespace MentorEval.Import.Exports;

/// <summary>
/// One record of a CSV file. <see cref="Row"/> is the physical line where it starts (1-based, as a text editor numbers
/// lines, so a record after a cell with an embedded line break starts lines later than its record count suggests).
/// </summary>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields)
{
    /// <summary>Quoting problems found in this record.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    /// <summary>Field <paramref name="index"/>, or empty when the record is shorter.</summary>
    public string this[int index] => index < Fields.Count ? Fields[index] : "";
}
