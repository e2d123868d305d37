namespace MentorEval.Import.Redcap;

/// <summary>A data dictionary as read: its fields in file order and the header under which each column was found.</summary>
/// <param name="Source">The file it came from, named in every message.</param>
internal sealed record RedcapDictionary(
    string Source,
    IReadOnlyList<RedcapField> Fields,
    IReadOnlyDictionary<RedcapColumn, string> Headers)
{
    /// <summary>The column's header as the file writes it, so messages name what the user sees.</summary>
    public string HeaderOf(RedcapColumn column) =>
        Headers.TryGetValue(column, out var header) ? header : column.ExportName;
}
