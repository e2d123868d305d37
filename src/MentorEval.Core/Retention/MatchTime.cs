namespace MentorEval.Core.Retention;

/// <summary>
/// The time unit of every retention figure: months since the match started, counted as days / 30.4375 (the mean
/// Gregorian month, 365.25 / 12). A whole number of days divided by one constant gives the same double in C# and R,
/// so pairs that ended on the same day tie exactly in both (the R reference scripts use the same division).
/// </summary>
public static class MatchTime
{
    public const double DaysPerMonth = 30.4375;

    public static double Months(DateOnly start, DateOnly end) => (end.DayNumber - start.DayNumber) / DaysPerMonth;
}
