namespace MentorEval.Core.Pairs;

/// <summary>
/// The columns a program adds to its roster beyond the ones MentorEval reads (site, matching method, …): each column's
/// value for one pair, in the roster's column order. Names are the roster's headers in lower case; two sets are equal
/// when they hold the same names and values in the same order.
/// </summary>
public sealed class RosterAttributes : IEquatable<RosterAttributes>
{
    private readonly KeyValuePair<string, string>[] values;

    public RosterAttributes(IEnumerable<KeyValuePair<string, string>> values) => this.values = values.ToArray();

    public static RosterAttributes None { get; } = new([]);

    public IReadOnlyList<KeyValuePair<string, string>> Values => values;

    public IEnumerable<string> Names => values.Select(v => v.Key);

    /// <summary>The pair's value in the column <paramref name="name"/> (compared ignoring case), or null when the roster has no such column.</summary>
    public string? this[string name] =>
        values.FirstOrDefault(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found ? found.Value : null;

    public bool Equals(RosterAttributes? other) => other is not null && values.SequenceEqual(other.values);

    public override bool Equals(object? obj) => Equals(obj as RosterAttributes);

    public override int GetHashCode() => values.Aggregate(values.Length, (hash, v) => HashCode.Combine(hash, v.Key, v.Value));

    public override string ToString() => string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"));
}
