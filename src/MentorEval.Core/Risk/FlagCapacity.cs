using System.Globalization;

namespace MentorEval.Core.Risk;

/// <summary>
/// How many running pairs to flag this time, decided each month by the program rather than at training: a share of
/// them (the capacity to follow up), or the smallest share that caught at least <see cref="MinRecall"/> of the early
/// closures on held-out cohorts. Exactly one is set.
/// </summary>
public sealed record FlagCapacity(double? Share, double? MinRecall)
{
    public const string ShareOption = "--flag-share";
    public const string RecallOption = "--min-recall";

    public static FlagCapacity OfShare(double share) => new(share, null);

    public static FlagCapacity OfRecall(double recall) => new(null, recall);

    /// <summary>
    /// The capacity from the two option values as typed; null when neither is given. <paramref name="problem"/> says what
    /// is wrong with a value and how to put it right.
    /// </summary>
    public static FlagCapacity? Parse(string? share, string? minRecall, out string? problem)
    {
        problem = null;
        if (share is not null && minRecall is not null)
        {
            problem = $"Give {ShareOption} or {RecallOption}, not both: one says how many pairs to flag, the other how many early closures to catch.";
            return null;
        }

        if (share is not null)
        {
            if (Number(share) is { } s and > 0 and < 1) return OfShare(s);
            problem = $"{ShareOption} must be a share of the running pairs above 0 and below 1 (got \"{share}\"); e.g. 0.2 flags a fifth of them.";
            return null;
        }

        if (minRecall is not null)
        {
            if (Number(minRecall) is { } r and > 0 and <= 1) return OfRecall(r);
            problem = $"{RecallOption} must be a share of early closures above 0 and at most 1 (got \"{minRecall}\"); " +
                      "e.g. 0.6 flags the smallest share of pairs that caught 60% of early closures in held-out cohorts.";
        }

        return null;
    }

    /// <summary>
    /// The share to flag, with its held-out figure from <paramref name="heldOut"/> (null: no table). A minimum recall needs
    /// the table; when it has none, or no share reached the recall, <see cref="CapacityChoice.Problem"/> says so.
    /// </summary>
    public CapacityChoice Choose(IReadOnlyList<HeldOutShare>? heldOut)
    {
        if (Share is { } share) return new CapacityChoice(share, null, HeldOutShares.At(heldOut, share), null);
        var recall = MinRecall ?? throw new InvalidOperationException("A capacity has a share or a minimum recall.");
        if (heldOut is null || heldOut.Count == 0 || heldOut.All(r => double.IsNaN(r.Recall)))
            return new CapacityChoice(0, recall, null,
                $"{RecallOption} needs the recall of each share on held-out cohorts, and there is none here (a model file from before the held-out table, " +
                $"or rules without a finished cohort to check them on). Give {ShareOption} instead, or retrain with 'mentoreval risk train'.");
        if (HeldOutShares.Reaching(heldOut, recall) is { } row) return new CapacityChoice(row.Share, recall, row, null);
        var best = heldOut.MaxBy(r => r.Share)!;
        return new CapacityChoice(0, recall, null,
            $"No share caught {Percent(recall)} of the early closures in held-out cohorts (flagging {Percent(best.Share)} caught {best.Recall.ToString("0%", CultureInfo.InvariantCulture)}). " +
            $"Give a lower {RecallOption}, or a {ShareOption}.");
    }

    private static double? Number(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
