using MentorEval.Core.Pairs;

namespace MentorEval.Core.Retention;

/// <summary>
/// Turns roster lines into survival times. Early closure is the event, at the end date. A completed pair is censored at
/// its planned end (it was never at risk of closing early after that); a pair still running is censored at the
/// analysis date, or at its planned end when it runs past it. A pair marked closed early on or after its planned end ran its course, so it counts as completed, as
/// in the risk model's label. Pairs that had not started by the analysis date, and pairs whose dates contradict each
/// other, are left out with a reason.
/// </summary>
public static class MatchSpells
{
    public static (IReadOnlyList<MatchSpell> Spells, IReadOnlyList<ExcludedPair> Excluded) From(
        IEnumerable<RosterEntry> roster, DateOnly analysisDate, Func<RosterEntry, string> group)
    {
        var spells = new List<MatchSpell>();
        var excluded = new List<ExcludedPair>();
        foreach (var pair in roster)
        {
            if (pair.StartDate > analysisDate)
            {
                excluded.Add(new(pair.PairId, $"starts {pair.StartDate:yyyy-MM-dd}, after the analysis date {analysisDate:yyyy-MM-dd}"));
                continue;
            }

            var (end, closed) = Outcome(pair, analysisDate);
            if (end is not { } day)
            {
                excluded.Add(new(pair.PairId, "closed early without an end date; add end_date to the roster"));
                continue;
            }

            if (day < pair.StartDate)
            {
                excluded.Add(new(pair.PairId, $"ends {day:yyyy-MM-dd}, before it started ({pair.StartDate:yyyy-MM-dd}); correct the roster's dates"));
                continue;
            }

            // An outcome after the analysis date was not known then: the pair counts as still running.
            var ended = pair.Status != PairStatus.Active && (pair.Status == PairStatus.ClosedEarly ? pair.EndDate : pair.PlannedEndDate) <= analysisDate;
            spells.Add(new MatchSpell(pair.PairId, group(pair), MatchTime.Months(pair.StartDate, day), closed, ended));
        }

        return (spells, excluded);
    }

    private static (DateOnly? End, bool ClosedEarly) Outcome(RosterEntry pair, DateOnly analysisDate)
    {
        // What happened after the analysis date is not known yet at that date.
        DateOnly Censor(DateOnly day) => day > analysisDate ? analysisDate : day;
        return pair.Status switch
        {
            PairStatus.ClosedEarly when pair.EndDate is not { } end => (null, true),
            PairStatus.ClosedEarly when pair.EndDate < pair.PlannedEndDate && pair.EndDate <= analysisDate => (pair.EndDate, true),
            PairStatus.ClosedEarly => (Censor(Min(pair.EndDate!.Value, pair.PlannedEndDate)), false),
            PairStatus.Completed => (Censor(pair.PlannedEndDate), false),
            // Closing after the planned end is not early: a pair running past it is no longer at risk of the event.
            _ => (Censor(pair.PlannedEndDate), false),
        };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
