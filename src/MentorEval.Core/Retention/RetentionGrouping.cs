using System.Globalization;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Retention;

/// <summary>
/// What pairs can be grouped and compared by: their cohort, their planned length in months, the year they started, and
/// every column the program added to its roster (<see cref="RosterEntry.Attributes"/>: site, matching method, …).
/// </summary>
public static class RetentionGrouping
{
    /// <summary>The group of a pair whose cell in the attribute's column is empty, or that the column does not cover.</summary>
    public const string NotGiven = "(not given)";

    private static readonly IReadOnlyDictionary<string, Func<RosterEntry, string>> BuiltIn = new Dictionary<string, Func<RosterEntry, string>>(StringComparer.OrdinalIgnoreCase)
    {
        ["cohort"] = pair => pair.Cohort,
        ["planned-months"] = pair => Math.Round(MatchTime.Months(pair.StartDate, pair.PlannedEndDate)).ToString(CultureInfo.InvariantCulture),
        ["start-year"] = pair => pair.StartDate.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The built-in attributes, then the roster's own columns in the order it has them.</summary>
    public static IReadOnlyList<string> Attributes(IEnumerable<RosterEntry> roster) =>
        BuiltIn.Keys.Concat(RosterColumns(roster)).ToList();

    /// <summary>The group of each pair under <paramref name="attribute"/> (compared ignoring case), or null when the roster has no such attribute.</summary>
    public static Func<RosterEntry, string>? By(string attribute, IEnumerable<RosterEntry> roster)
    {
        if (BuiltIn.TryGetValue(attribute, out var builtIn)) return builtIn;
        if (!RosterColumns(roster).Contains(attribute, StringComparer.OrdinalIgnoreCase)) return null;
        return pair => pair.Attributes[attribute] is { Length: > 0 } value ? value : NotGiven;
    }

    private static IEnumerable<string> RosterColumns(IEnumerable<RosterEntry> roster) =>
        roster.SelectMany(p => p.Attributes.Names).Distinct(StringComparer.OrdinalIgnoreCase).Where(name => !BuiltIn.ContainsKey(name));
}
