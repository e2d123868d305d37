using MentorEval.Core.Pairs;

namespace MentorEval.Core.Retention;

/// <summary>
/// Early closures by reason family: overall, by group and by the month of the match in which the pair ended, with the
/// reasons the program's table does not map (and how often each occurs), so the table can be completed.
/// </summary>
public sealed record ClosureReasonSummary(IReadOnlyList<ReasonCount> Overall, IReadOnlyList<ReasonCount> ByGroup, IReadOnlyList<ReasonCount> ByMonthEnded,
    IReadOnlyList<(string Reason, int Closures)> Unmapped)
{
    public static ClosureReasonSummary Of(IReadOnlyList<RosterEntry> closedEarly, ClosureReasonTable table, Func<RosterEntry, string> group)
    {
        var rows = closedEarly.Select(p => (Pair: p, Family: table.Family(p.ClosureReason),
            Month: p.EndDate is { } end ? (int)Math.Floor(MatchTime.Months(p.StartDate, end)) + 1 : 0)).ToList();

        static IEnumerable<ReasonCount> Slice(IEnumerable<(RosterEntry Pair, ClosureReasonFamily? Family, int Month)> slice, string? g, int? month)
        {
            var list = slice.ToList();
            return list.GroupBy(r => r.Family).OrderBy(f => f.Key ?? (ClosureReasonFamily)int.MaxValue)
                .Select(f => new ReasonCount(g, month, f.Key, f.Count(), (double)f.Count() / list.Count));
        }

        var unmapped = rows.Where(r => r.Family is null).GroupBy(r => ClosureReasonText.Normalise(r.Pair.ClosureReason!), StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
        return new ClosureReasonSummary(
            Slice(rows, null, null).ToList(),
            rows.GroupBy(r => group(r.Pair), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).SelectMany(g => Slice(g, g.Key, null)).ToList(),
            rows.GroupBy(r => r.Month).OrderBy(g => g.Key).SelectMany(g => Slice(g, null, g.Key)).ToList(),
            unmapped);
    }
}
