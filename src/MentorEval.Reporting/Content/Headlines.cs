using MentorEval.Core.Retention;
using System.Globalization;
using MentorEval.Core.Analysis;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;

namespace MentorEval.Reporting.Content;

/// <summary>The report's findings in sentences a committee reads first: the cohort, response, change, weak spots, risk.</summary>
public static class Headlines
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IReadOnlyList<string> For(CohortReportContent content)
    {
        var lines = new List<string> { Cohort(content) };
        if (Response(content) is { } response) lines.Add(response);
        lines.AddRange(LargestChanges(content));
        lines.AddRange(WeakestScales(content));
        if (LargestGap(content) is { } gap) lines.Add(gap);
        if (Retention(content) is { } retention) lines.Add(retention);
        if (Risk(content) is { } risk) lines.Add(risk);
        return lines;
    }

    private static string Cohort(CohortReportContent content)
    {
        var by = content.PairsByStatus;
        var total = by.Values.Sum();
        var ended = by[PairStatus.Completed] + by[PairStatus.ClosedEarly];
        var dates = content.Start is { } start && content.PlannedEnd is { } end ? $", running from {start:yyyy-MM-dd} to {end:yyyy-MM-dd} as planned" : "";
        // While pairs are still running, a share of the pairs that ended would count only early endings (completions
        // come at the planned end): say what is known instead.
        if (by[PairStatus.Active] > 0)
            return $"Cohort {content.Cohort} has {total} pairs{dates}, {by[PairStatus.Active]} still active: {by[PairStatus.Completed]} completed and " +
                   $"{by[PairStatus.ClosedEarly]} of {total} pairs closed early so far.";
        var closedShare = ended == 0 ? "" : $" ({Percent((double)by[PairStatus.ClosedEarly] / ended)} of the pairs that ended)";
        return $"Cohort {content.Cohort} has {total} pairs{dates}: {by[PairStatus.Completed]} completed and {by[PairStatus.ClosedEarly]} closed early{closedShare}.";
    }

    private static string? Response(CohortReportContent content)
    {
        var latest = content.Analysis.Wave;
        var rows = content.ResponseRates.Where(r => r.Wave == latest && r.Rate is not null).ToList();
        if (rows.Count == 0) return null;
        return $"At the {latest} wave {string.Join(" and ", rows.Select(r => $"{Percent(r.Rate!.Value)} of {r.Role.Name()}s ({r.Responded} of {r.Expected})"))} answered.";
    }

    /// <summary>The largest significant changes (p &lt; .05); when none is significant, says so and names the largest.</summary>
    private static IEnumerable<string> LargestChanges(CohortReportContent content)
    {
        var changes = content.Analysis.Changes
            .Where(c => !c.Suppressed && c.CohensDz is not null && c.P is not null && c.MeanChange is not null)
            .OrderByDescending(c => Math.Abs(c.CohensDz!.Value))
            .ToList();
        if (changes.Count == 0) yield break;
        var significant = changes.Where(c => c.P < 0.05).Take(3).ToList();
        if (significant.Count == 0)
        {
            yield return $"No scale changed significantly (p < .05) between waves; the largest change: {Change(content, changes[0])}";
            yield break;
        }

        foreach (var change in significant) yield return Capitalise(Change(content, change));
    }

    private static string Change(CohortReportContent content, Core.Analysis.ChangeRow c) =>
        $"{Possessive(c.Role)} {ScaleName(content, c.Instrument, c.Scale)} {(c.MeanChange > 0 ? "rose" : "fell")} from {Number(c.MeanBefore)} to {Number(c.MeanAfter)} " +
        $"between {c.FromWave} and {c.ToWave} (d_z = {Number(c.CohensDz)}, {PValue(c.P!.Value)}, n = {c.NPaired}).";

    /// <summary>
    /// The two scales whose means sit lowest in their possible range, each instrument at its latest wave (higher-is-better
    /// scales only; an instrument's overall scale repeats its subscales and is left out).
    /// </summary>
    private static IEnumerable<string> WeakestScales(CohortReportContent content)
    {
        var waves = content.Analysis.Waves;
        var latest = content.Analysis.Groups.Where(g => !g.Suppressed && g.Mean is not null)
            .GroupBy(g => g.Instrument)
            .SelectMany(g => g.Where(x => x.Wave == waves.Last(w => g.Any(y => y.Wave == w))));
        var weakest = latest
            .Select(g => (Group: g, Instrument: content.Instruments.FirstOrDefault(i => i.Id == g.Instrument)))
            .Where(x => x.Instrument?.FindScale(x.Group.Scale) is { HigherIsBetter: true } scale && !IsTotal(x.Instrument, scale))
            .Select(x => (x.Group, x.Instrument, Range: ScaleRange.Of(x.Instrument!, x.Instrument!.FindScale(x.Group.Scale)!)))
            .Where(x => x.Range is not null)
            .OrderBy(x => x.Range!.Position(x.Group.Mean!.Value))
            .Take(2)
            .ToList();
        if (weakest.Count == 0) yield break;
        yield return "Lowest-rated, relative to each scale's range: " +
                     string.Join("; ", weakest.Select(x => $"{Possessive(x.Group.Role)} {ScaleName(content, x.Group.Instrument, x.Group.Scale)} at {x.Group.Wave}, " +
                                                            $"mean {Number(x.Group.Mean)} on {Number(x.Range!.Min)}–{Number(x.Range.Max)}")) + ".";
    }

    private static string? LargestGap(CohortReportContent content)
    {
        var gap = content.Analysis.Dyads.Where(d => !d.Suppressed && d.MeanGap is not null).MaxBy(d => Math.Abs(d.MeanGap!.Value));
        if (gap is null) return null;
        var higher = gap.MeanGap > 0 ? "mentors" : "mentees";
        return $"Mentors and mentees disagreed most on {ScaleName(content, gap.Instrument, gap.Scale)} at {gap.Wave}: {higher} rated it higher by " +
               $"{Number(Math.Abs(gap.MeanGap!.Value))} on average ({Pairs(gap.NPairs ?? 0)}, {PValue(gap.P)}).";
    }

    private static string? Risk(CohortReportContent content)
    {
        if (content.Request.Risk is not { } risk) return null;
        var flagged = risk.Pairs.Where(p => p.Flagged).ToList();
        var method = risk.Method == RiskMethod.Model ? "by the model trained on earlier cohorts" : "by the documented rules (no trained model)";
        var common = flagged.SelectMany(p => p.Reasons.Take(3).Select(ReasonKind.Of).Distinct())
            .GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        var rule = risk.Flag is { } flag ? $": {flag.Describe()}" : "";
        return $"{flagged.Count} of the {risk.Pairs.Count} pairs still running at the {risk.Wave} wave are flagged as at risk of closing early, {method}{rule}" +
               (common is null ? "." : $"; the most common reason, given for {common.Count()} of them: \"{common.Key}\".");
    }

    /// <summary>An "overall" scale that averages all the others says nothing the subscales do not.</summary>
    /// <summary>Match length and early closure across the program, against the published 30–38% of matches closing early.</summary>
    private static string? Retention(CohortReportContent content)
    {
        if (content.Retention is not { } retention || retention.Overall.Curve.Pairs == 0) return null;
        var overall = retention.Overall;
        var median = overall.Curve.Median.Months is { } m
            ? $"half the pairs had ended by month {m.ToString("0.0", Invariant)}"
            : "more than half the pairs were still running at the end of follow-up (median not reached)";
        var at = overall.At(6) is { } six ? $"; {Percent(six.StillRunning)} were still running at 6 months" : "";
        var rate = overall.EarlyClosure;
        if (rate.Rate is not { } r || rate.Interval is not { } ci) return $"Across the program {median}{at}.";
        var published = ci.Upper < RetentionReport.PublishedLow ? "below"
            : ci.Lower > RetentionReport.PublishedHigh ? "above"
            : "within reach of";
        return $"Across the program {median}{at}. {Percent(r)} of the pairs that ended closed early (95% CI {Percent(ci.Lower)}–{Percent(ci.Upper)}, " +
               $"{rate.ClosedEarly} of {rate.Ended}), {published} the 30–38% published for mentoring programs.";
    }

    private static bool IsTotal(Instrument? instrument, Scale scale) =>
        instrument is not null && instrument.Scales.Count > 1 && scale.ItemIds.Count == instrument.Items.Count(i => i.ResponseScaleId is not null);

    private static string ScaleName(CohortReportContent content, string instrument, string scale) =>
        $"{content.ScaleTitle(instrument, scale)} ({content.InstrumentTitle(instrument)})";

    private static string Possessive(Role role) => role.Name() + "s'";

    private static string Pairs(int count) => count == 1 ? "1 pair" : $"{count} pairs";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Number(double? value) => value is { } v ? v.ToString("0.00", Invariant) : "–";

    private static string Percent(double share) => share.ToString("0%", Invariant);

    internal static string PValue(double? p) => p switch
    {
        null => "p not computed",
        < 0.001 => "p < .001",
        { } v => "p = " + v.ToString("0.000", Invariant).TrimStart('0'),
    };
}
