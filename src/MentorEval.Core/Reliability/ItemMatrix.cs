namespace MentorEval.Core.Reliability;

/// <summary>
/// A symmetric item × item table (covariances, correlations). An entry that cannot be computed,
/// such as a correlation with an item nobody varied on, is null rather than NaN.
/// </summary>
public sealed class ItemMatrix
{
    private readonly double[] entries;

    internal ItemMatrix(IReadOnlyList<string> itemIds, double[] entries)
    {
        ItemIds = itemIds;
        this.entries = entries;
    }

    public IReadOnlyList<string> ItemIds { get; }

    public double? this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)ItemIds.Count, nameof(row));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)column, (uint)ItemIds.Count, nameof(column));
            var value = entries[row * ItemIds.Count + column];
            return double.IsNaN(value) ? null : value;
        }
    }

    public double? this[string rowItem, string columnItem] => this[IndexOf(rowItem), IndexOf(columnItem)];

    private int IndexOf(string itemId)
    {
        for (var i = 0; i < ItemIds.Count; i++)
        {
            if (ItemIds[i] == itemId)
                return i;
        }

        throw new ArgumentException($"No item '{itemId}' in this matrix.", nameof(itemId));
    }
}
