namespace MentorEval.Import.Exports;

/// <summary>
/// Turns timestamp text into an instant: the file's <see cref="DateOrder"/> for ambiguous slash dates, and the
/// column's or the default time zone for times without an offset.
/// </summary>
internal sealed class TimestampReader(DateOrder order, TimeZoneInfo defaultZone)
{
    public DateOrder Order => order;

    /// <summary>Reads a timestamp; <paramref name="contradictsOrder"/> is set when the date is valid only in the other order.</summary>
    public bool TryRead(string text, TimeZoneInfo? zone, out DateTimeOffset value, out bool contradictsOrder)
    {
        value = default;
        contradictsOrder = false;
        if (!TimestampParser.TryParse(text, out var parts))
        {
            return false;
        }

        var dayFirst = parts.DotSeparated || (parts.IsAmbiguous && order == DateOrder.DayFirst);
        var (month, day) = dayFirst ? (parts.Second, parts.First) : (parts.First, parts.Second);
        if (!IsDate(parts.Year, month, day))
        {
            if (!parts.IsAmbiguous || !IsDate(parts.Year, day, month))
            {
                return false;
            }

            (month, day) = (day, month);
            contradictsOrder = true;
        }

        var local = new DateTime(parts.Year, month, day) + parts.TimeOfDay;
        var offset = parts.Offset ?? (zone ?? defaultZone).GetUtcOffset(local);
        value = new DateTimeOffset(local, offset);
        return true;
    }

    /// <summary>Earlier years are placeholders (0001-01-01, 1900-01-01 written for "no date"), never read as dates.</summary>
    public const int FirstYear = 1901;

    private static bool IsDate(int year, int month, int day) =>
        year is >= FirstYear and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
