using System.Globalization;

namespace MentorEval.Core.Risk;

/// <summary>
/// The rule that decided this time's flags, in the words every view uses (the At risk sheet's sentence and chart, the
/// headline, `risk predict`): a capacity share with the cut it came to, or a model's validated threshold.
/// </summary>
/// <param name="Share">The capacity share, or null for a threshold.</param>
/// <param name="Cut">The lowest flagged score (probability, or the rules' concern score); null when nothing is flagged.</param>
/// <param name="MinRecall">With a threshold: the share of early closures it caught in validation.</param>
/// <param name="AtCut">Pairs whose score equals the cut.</param>
/// <param name="FlaggedAtCut">Of those, how many are flagged (fewer when the capacity split a tie).</param>
public sealed record FlagRule(RiskMethod Method, double? Share, double? Cut, double? MinRecall, int Flagged, int Pairs, int AtCut, int FlaggedAtCut)
{
    /// <summary>The rule behind <paramref name="risks"/>, flagged by a capacity <paramref name="share"/> or (model only) by a threshold.</summary>
    public static FlagRule Of(RiskMethod method, IReadOnlyList<ClosureRisk> risks, double? share, double? threshold = null, double? minRecall = null)
    {
        var flagged = risks.Where(r => r.Flagged).ToList();
        var cut = share is null ? threshold : flagged.Count == 0 ? null : flagged.Min(r => r.Score);
        var atCut = cut is { } c ? risks.Where(r => r.Score == c).ToList() : [];
        return new FlagRule(method, share, cut, minRecall, flagged.Count, risks.Count, atCut.Count, atCut.Count(r => r.Flagged));
    }

    /// <summary>"the 20% of running pairs with the highest probability of closing early (probability ≥ 0.31 this time)".</summary>
    public string Describe()
    {
        if (Share is not { } share)
            return $"every running pair with a probability of closing early of at least {Number(Cut)} (the level that caught {Percent(MinRecall ?? 0)} of early closures in validation)";

        var who = Method == RiskMethod.Model
            ? $"the {Percent(share)} of running pairs with the highest probability of closing early"
            : $"the {Percent(share)} of running pairs with the most serious warning signs";
        if (Cut is not { } cut) return who + (Method == RiskMethod.Rules ? " (no rule fired for any pair this time)" : " (none this time)");
        var level = Method == RiskMethod.Model ? Number(cut) : cut.ToString("0", CultureInfo.InvariantCulture);
        var at = Method == RiskMethod.Model ? $"probability ≥ {level} this time" : $"concern score ≥ {level} this time";
        var tie = FlaggedAtCut < AtCut ? $"; {FlaggedAtCut} of the {AtCut} pairs at {level} {(FlaggedAtCut == 1 ? "is" : "are")} flagged, in pair-id order, to stay within that share" : "";
        return $"{who} ({at}{tie})";
    }

    /// <summary>Short form for a chart: "Flagged: the 20% highest, probability ≥ 0.31".</summary>
    public string Legend
    {
        get
        {
            var at = Method == RiskMethod.Model ? $"probability ≥ {Number(Cut)}" : $"concern score ≥ {Cut?.ToString("0", CultureInfo.InvariantCulture) ?? "–"}";
            return Share is { } share ? $"Flagged: the {Percent(share)} highest, {at}" : $"Flagged: {at} (validated threshold)";
        }
    }

    private static string Number(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–";

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
