using System.Globalization;

namespace MentorEval.Core.Risk;

/// <summary>
/// The rule that decided this time's flags, in the words every view uses (the At risk sheet's sentence and chart, the
/// headline, `risk predict`): the capacity share chosen this time, the cut it came to, and what that share caught on
/// held-out cohorts.
/// </summary>
/// <param name="Share">The capacity share: the share of running pairs the program can follow up this time.</param>
/// <param name="Cut">The lowest flagged score (probability, or the rules' concern score); null when nothing is flagged.</param>
/// <param name="AtCut">Pairs whose score equals the cut.</param>
/// <param name="FlaggedAtCut">Of those, how many are flagged (fewer when the capacity split a tie).</param>
public sealed record FlagRule(RiskMethod Method, double Share, double? Cut, int Flagged, int Pairs, int AtCut, int FlaggedAtCut)
{
    /// <summary>The minimum recall the share was chosen for (`--min-recall`), or null when the share was given.</summary>
    public double? MinRecall { get; init; }

    /// <summary>What the share (or the nearest share in the table) did on held-out cohorts; null when there is no held-out table.</summary>
    public HeldOutShare? HeldOut { get; init; }

    /// <summary>The rule behind <paramref name="risks"/>, flagged by a capacity <paramref name="share"/>.</summary>
    public static FlagRule Of(RiskMethod method, IReadOnlyList<ClosureRisk> risks, double share)
    {
        var flagged = risks.Where(r => r.Flagged).ToList();
        double? cut = flagged.Count == 0 ? null : flagged.Min(r => r.Score);
        var atCut = cut is { } c ? risks.Where(r => r.Score == c).ToList() : [];
        return new FlagRule(method, share, cut, flagged.Count, risks.Count, atCut.Count, atCut.Count(r => r.Flagged));
    }

    /// <summary>The rule behind <paramref name="risks"/>, flagged by the share <paramref name="choice"/> came to, with its held-out figure.</summary>
    public static FlagRule Of(RiskMethod method, IReadOnlyList<ClosureRisk> risks, CapacityChoice choice) =>
        Of(method, risks, choice.Share) with { MinRecall = choice.MinRecall, HeldOut = choice.HeldOut };

    /// <summary>"the 20% of running pairs with the highest probability of closing early (probability ≥ 0.31 this time)".</summary>
    public string Describe()
    {
        var who = Method == RiskMethod.Model
            ? $"the {Percent(Share)} of running pairs with the highest probability of closing early"
            : $"the {Percent(Share)} of running pairs with the most serious warning signs";
        if (Cut is not { } cut) return who + (Method == RiskMethod.Rules ? " (no rule fired for any pair this time)" : " (none this time)");
        var level = Method == RiskMethod.Model ? Number(cut) : cut.ToString("0", CultureInfo.InvariantCulture);
        var at = Method == RiskMethod.Model ? $"probability ≥ {level} this time" : $"concern score ≥ {level} this time";
        var tie = FlaggedAtCut < AtCut ? $"; {FlaggedAtCut} of the {AtCut} pairs at {level} {(FlaggedAtCut == 1 ? "is" : "are")} flagged, in pair-id order, to stay within that share" : "";
        return $"{who} ({at}{tie})";
    }

    /// <summary>
    /// One sentence on what this share caught on held-out cohorts: "Flagging 20% of running pairs (8 of 40) caught 61%
    /// of the early closures in held-out cohorts." The rules learn nothing, so their figure is on every finished cohort.
    /// </summary>
    public string HeldOutSentence()
    {
        var flagging = $"Flagging {Percent(Share)} of running pairs ({Flagged} of {Pairs})";
        var where = Method == RiskMethod.Model ? "in held-out cohorts" : "in finished cohorts (the rules learn nothing, so every finished cohort is held out)";
        if (HeldOut is not { } held || double.IsNaN(held.Recall))
        {
            return Method == RiskMethod.Model
                ? $"{flagging}; no held-out table in this model file; retrain to see it."
                : $"{flagging}; the rules have no held-out figure (no finished cohort with early closures to check them on).";
        }

        var caught = RoundPercent(held.Recall);
        if (MinRecall is { } recall)
            return $"{flagging}: the smallest share that caught at least {RoundPercent(recall)} of the early closures {where} (it caught {caught}).";
        return Math.Abs(held.Share - Share) < 1e-9
            ? $"{flagging} caught {caught} of the early closures {where}."
            : $"{flagging}; {where}, flagging {Percent(held.Share)} caught {caught} of the early closures.";
    }

    /// <summary>Short form for a chart: "Flagged: the 20% highest, probability ≥ 0.31".</summary>
    public string Legend
    {
        get
        {
            var at = Method == RiskMethod.Model ? $"probability ≥ {Number(Cut)}" : $"concern score ≥ {Cut?.ToString("0", CultureInfo.InvariantCulture) ?? "–"}";
            return $"Flagged: the {Percent(Share)} highest, {at}";
        }
    }

    private static string Number(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–";

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string RoundPercent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);
}
