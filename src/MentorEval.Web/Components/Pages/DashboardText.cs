using System.Globalization;
using MentorEval.Core.Retention;

namespace MentorEval.Web.Components.Pages;

/// <summary>How the dashboard writes its figures, as `retention` and the workbook write them (the tests read the page with the same).</summary>
public static class DashboardText
{
    /// <summary>A share as a whole percentage, as the retention command and the workbook show it.</summary>
    public static string Percent(double? share) => share is { } s && double.IsFinite(s) ? s.ToString("0%", CultureInfo.InvariantCulture) : "–";

    /// <summary>A p-value to three decimals, below .001 said so.</summary>
    public static string P(double? p) => p switch
    {
        null => "–",
        < 0.001 => "< .001",
        { } v => v.ToString("0.000", CultureInfo.InvariantCulture).TrimStart('0'),
    };

    public static string Months(double months) => months == 1 ? "1 month" : $"{months.ToString("0.#", CultureInfo.InvariantCulture)} months";

    /// <summary>The median in months to one decimal, as `retention` prints it; "not reached" while more than half are still running.</summary>
    public static string Median(MedianLength median) => median.Months is { } m ? Months(Math.Round(m, 1)) : "not reached";

    public static string Rate(EarlyClosureRate rate) =>
        rate.Rate is { } r && rate.Interval is { } ci ? $"{Percent(r)} of {rate.Ended} ({Percent(ci.Lower)}–{Percent(ci.Upper)})" : "none ended yet";

    public static string Still(SurvivalEstimate? estimate) => estimate is null ? "–" : Percent(estimate.StillRunning);
}
