namespace MentorEval.Import.Exports;

/// <summary>
/// A timestamp as written, before the date order is applied: for a year-first date <see cref="First"/> is the month
/// and <see cref="Second"/> the day; otherwise they are the two numbers before the year, in file order.
/// </summary>
internal readonly record struct TimestampParts(
    int Year,
    int First,
    int Second,
    bool YearFirst,
    bool DotSeparated,
    TimeSpan TimeOfDay,
    TimeSpan? Offset)
{
    /// <summary>Whether the date could be month/day or day/month (<c>3/5/2024</c>, not <c>2024-03-05</c> or <c>05.03.2024</c>).</summary>
    public bool IsAmbiguous => !YearFirst && !DotSeparated;
}
