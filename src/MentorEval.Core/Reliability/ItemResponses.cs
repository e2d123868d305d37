namespace MentorEval.Core.Reliability;

/// <summary>
/// The answers of n respondents to the k items of one scale, already reverse-keyed,
/// with <see cref="double.NaN"/> for a missing answer.
/// </summary>
/// <remarks>
/// Stored item by item (column-major) in one array: the reliability engine reads each item as a
/// contiguous run, which is what makes a million respondents cheap.
/// </remarks>
public sealed class ItemResponses
{
    private readonly double[] values;

    /// <param name="itemIds">The scale's item ids, in column order; unique.</param>
    /// <param name="respondentCount">n, the number of respondents (rows).</param>
    /// <param name="valuesByItem">
    /// n × k answers, item after item: answer of respondent r to item i at <c>i * n + r</c>.
    /// The array is taken over, not copied: do not change it afterwards.
    /// </param>
    public ItemResponses(IReadOnlyList<string> itemIds, int respondentCount, double[] valuesByItem)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(valuesByItem);
        ArgumentOutOfRangeException.ThrowIfNegative(respondentCount);
        if (itemIds.Distinct(StringComparer.Ordinal).Count() != itemIds.Count)
            throw new ArgumentException("Item ids must be unique within a scale.", nameof(itemIds));
        if ((long)itemIds.Count * respondentCount != valuesByItem.Length)
            throw new ArgumentException(
                $"Expected {itemIds.Count} items × {respondentCount} respondents = {(long)itemIds.Count * respondentCount} answers, got {valuesByItem.Length}.",
                nameof(valuesByItem));
        foreach (var value in valuesByItem)
        {
            // NaN means "missing"; an infinity is a bug upstream and would poison every statistic.
            if (double.IsInfinity(value))
                throw new ArgumentException("Answers must be finite numbers or NaN (missing).", nameof(valuesByItem));
        }

        ItemIds = itemIds.ToArray();
        RespondentCount = respondentCount;
        values = valuesByItem;
    }

    public IReadOnlyList<string> ItemIds { get; }

    public int ItemCount => ItemIds.Count;

    public int RespondentCount { get; }

    /// <summary>The answer of one respondent to one item; NaN when missing.</summary>
    public double this[int respondent, int item]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)respondent, (uint)RespondentCount, nameof(respondent));
            return Answers(item)[respondent];
        }
    }

    /// <summary>All answers to one item, respondent by respondent.</summary>
    public ReadOnlySpan<double> Answers(int item)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)item, (uint)ItemCount, nameof(item));
        return values.AsSpan(item * RespondentCount, RespondentCount);
    }

    /// <summary>Builds the responses from one row of answers per respondent (convenient for small data).</summary>
    public static ItemResponses FromRows(IReadOnlyList<string> itemIds, IReadOnlyList<IReadOnlyList<double>> rows)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(rows);
        var n = rows.Count;
        var byItem = new double[itemIds.Count * n];
        for (var r = 0; r < n; r++)
        {
            if (rows[r].Count != itemIds.Count)
                throw new ArgumentException($"Respondent {r} has {rows[r].Count} answers; the scale has {itemIds.Count} items.", nameof(rows));
            for (var i = 0; i < itemIds.Count; i++)
                byItem[i * n + r] = rows[r][i];
        }

        return new ItemResponses(itemIds, n, byItem);
    }
}
