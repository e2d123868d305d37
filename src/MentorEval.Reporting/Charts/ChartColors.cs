using ScottPlot;

namespace MentorEval.Reporting.Charts;

/// <summary>
/// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), assigned so that the same
/// thing has the same colour in every chart: mentors blue, mentees vermillion.
/// </summary>
internal static class ChartColors
{
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color Black = Color.FromHex("#000000");

    public static readonly Color Mentor = Blue;
    public static readonly Color Mentee = Vermillion;

    /// <summary>Reference lines (identity, thresholds, zero): visible but quieter than the data.</summary>
    public static readonly Color Reference = Color.FromHex("#444444");

    public static readonly Color Note = Color.FromHex("#666666");

    // Okabe–Ito's yellow is left out: it vanishes on white.
    private static readonly Color[] Cycle = [Blue, Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Black];

    /// <summary>
    /// One colour per series. Series named by role ("Mentors", "Mentee – 2024") get the role's colour when the
    /// role tells the series of a group apart; otherwise the k-th series of a group gets the k-th cycle colour.
    /// Groups are cohort and comparison, so the k-th comparison series matches the k-th cohort series.
    /// </summary>
    public static Color[] ForSeries(IReadOnlyList<string> labels, IReadOnlyList<bool> isComparison)
    {
        var roles = labels.Select(RoleOf).ToArray();
        var rolesIdentify = new[] { false, true }.All(group =>
        {
            var groupRoles = Enumerable.Range(0, labels.Count).Where(i => isComparison[i] == group).Select(i => roles[i]).ToList();
            return groupRoles.All(r => r is not null) && groupRoles.Distinct().Count() == groupRoles.Count;
        });

        var colors = new Color[labels.Count];
        int cohortIndex = 0, comparisonIndex = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var ordinal = isComparison[i] ? comparisonIndex++ : cohortIndex++;
            colors[i] = rolesIdentify ? roles[i]!.Value : Cycle[ordinal % Cycle.Length];
        }

        return colors;
    }

    /// <summary>Cycle colours are reused after the seventh series; the marker shape then tells them apart.</summary>
    public static int CycleRound(IReadOnlyList<bool> isComparison, int index) =>
        Enumerable.Range(0, index).Count(i => isComparison[i] == isComparison[index]) / Cycle.Length;

    /// <summary>
    /// Diverging Likert scheme: warm (disagree) to cool (agree) through a neutral grey, after ColorBrewer's
    /// colour-blind-safe RdBu.
    /// </summary>
    public static Color[] Diverging(int count)
    {
        var warmDark = Color.FromHex("#B2182B");
        var warmLight = Color.FromHex("#F4A582");
        var coolLight = Color.FromHex("#92C5DE");
        var coolDark = Color.FromHex("#2166AC");
        var neutral = Color.FromHex("#BDBDBD");

        var side = count / 2;
        var colors = new Color[count];
        for (var k = 0; k < side; k++)
        {
            var toLight = side == 1 ? 0.5 : (double)k / (side - 1);
            colors[k] = warmDark.InterpolateRgb(warmLight, toLight);
            colors[count - 1 - k] = coolDark.InterpolateRgb(coolLight, toLight);
        }

        if (count % 2 == 1)
        {
            colors[side] = neutral;
        }

        return colors;
    }

    private static Color? RoleOf(string label)
    {
        var words = label.ToLowerInvariant().Split([' ', '-', '–', '—', ':', '(', ')', ',', '/', '_'], StringSplitOptions.RemoveEmptyEntries);
        var mentor = words.Any(w => w is "mentor" or "mentors" or "mentor's");
        var mentee = words.Any(w => w is "mentee" or "mentees" or "mentee's");
        return mentor == mentee ? null : mentor ? Mentor : Mentee;
    }
}
