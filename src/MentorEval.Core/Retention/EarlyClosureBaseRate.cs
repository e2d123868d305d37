using System.Globalization;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Retention;

/// <summary>
/// The program's own early-closure rate beside the published one, in one sentence, so a leader reading a risk flag
/// knows how often pairs close early at all: published youth-mentoring programs close 30–38% of matches early (about 38%
/// of 6,468 matches across 170 programs; docs/retention.md). The program's rate is the share of ended pairs that
/// closed early with its Wilson interval (<see cref="EarlyClosureRate"/>); it is called above or below the published
/// range only when its whole interval is.
/// </summary>
public static class EarlyClosureBaseRate
{
    public const string Published = "published programs close 30–38% of matches early";

    /// <summary>Every pair of the roster, as of <paramref name="analysisDate"/> (outcomes later than it are not known yet).</summary>
    public static EarlyClosureRate Of(IReadOnlyList<RosterEntry> roster, DateOnly analysisDate) =>
        RetentionAnalysis.Analyse(new RetentionRequest(roster, analysisDate)).Overall.EarlyClosure;

    public static string Sentence(EarlyClosureRate rate)
    {
        if (rate.Rate is not { } share || rate.Interval is not { } ci)
            return $"No pair of this program has ended yet, so it has no early-closure rate; {Published}.";
        var comparison = ci.Upper < RetentionReport.PublishedLow ? "below that range"
            : ci.Lower > RetentionReport.PublishedHigh ? "above that range"
            : share >= RetentionReport.PublishedLow && share <= RetentionReport.PublishedHigh ? "within that range"
            : "not clearly different from that range";
        return $"In this program {rate.ClosedEarly} of {rate.Ended} pairs that ended ({Percent(share)}, 95% CI {Percent(ci.Lower).TrimEnd('%')}–{Percent(ci.Upper)}) " +
               $"closed early; {Published}, so this program is {comparison}.";
    }

    private static string Percent(double x) => x.ToString("0%", CultureInfo.InvariantCulture);
}
