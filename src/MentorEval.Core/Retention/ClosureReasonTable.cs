namespace MentorEval.Core.Retention;

/// <summary>
/// The program's own mapping of free-text closure reasons to <see cref="ClosureReasonFamily"/> (read from a file the
/// program edits, outside Core). Reasons compare after <see cref="ClosureReasonText.Normalise"/>; a reason the table
/// lacks is unmapped, and is listed so the program can add it. A blank reason is <see cref="ClosureReasonFamily.Unknown"/>.
/// </summary>
public sealed class ClosureReasonTable
{
    private readonly Dictionary<string, ClosureReasonFamily> families;

    public ClosureReasonTable(IEnumerable<KeyValuePair<string, ClosureReasonFamily>> entries) =>
        families = entries.ToDictionary(e => ClosureReasonText.Normalise(e.Key), e => e.Value, StringComparer.Ordinal);

    public static ClosureReasonTable Empty { get; } = new([]);

    public int Count => families.Count;

    /// <summary>The reason's family, or null when the table does not map it.</summary>
    public ClosureReasonFamily? Family(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? ClosureReasonFamily.Unknown
        : families.TryGetValue(ClosureReasonText.Normalise(reason), out var family) ? family : null;
}
