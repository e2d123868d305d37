using System.Globalization;
using MentorEval.Core.Risk;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>A model card on the About sheet: how the model was trained and validated, in the report's own words, and its calibration.</summary>
internal static class ModelCardFacts
{
    /// <param name="baseRate">The program's early-closure rate beside the published one (<see cref="Core.Retention.EarlyClosureBaseRate"/>), when known.</param>
    public static void Write(SheetWriter sheet, ModelCard card, string? baseRate = null)
    {
        var trainedFor = card.TrainedFor.MinRecall is { } recall
            ? $"the smallest share catching at least {Percent(recall)} of early closures"
            : $"flag {Percent(card.TrainedFor.Share ?? card.ThresholdShare)} of running pairs";
        sheet.Facts(
        [
            new("Model", $"{card.Trainer}{(card.Setting is { } s ? $" ({s})" : "")}, trained {card.CreatedAt:yyyy-MM-dd} (seed {card.Seed})" +
                         (card.File is { } file ? $"; file {file}" : "")),
            new("Learned from", string.Join("; ", card.Cohorts.Select(c => $"cohort {c.Cohort}: {c.Pairs} pairs, {c.EarlyClosures} early closures")) +
                                $" ({card.Rows} pair-waves, {card.EarlyClosures} followed by an early closure)"),
            new("Validation", $"{card.Scheme}: ROC AUC {F(card.RocAuc.Auc)} (95% CI {F(card.RocAuc.Lower)}–{F(card.RocAuc.Upper)}, DeLong), " +
                              $"PR AUC {F(card.PrAuc)}, Brier {F(card.Brier)}; the documented rules on the same rows: ROC AUC {F(card.RulesRocAuc)}"),
            new("Capacity at training", $"{trainedFor}: on held-out predictions, flagging pairs with probability at least {F(card.Threshold)} flagged " +
                                        $"{Percent(card.ThresholdShare)} of them, caught {Percent(card.ThresholdRecall)} of early closures, " +
                                        $"and {Percent(card.ThresholdPrecision)} of those flagged closed early. Each report may choose another share (At risk sheet)."),
            new("Features", $"{card.Features}, from instruments {string.Join(", ", card.InstrumentVersions.Select(v => $"{v.Key} {v.Value}"))}"),
            new("Strongest features", string.Join("; ", card.Importance.Take(5).Select(i => i.Name))),
            .. baseRate is null ? [] : new[] { new KeyValuePair<string, string>("Base rate", baseRate) },
        ]);
        sheet.Heading("Calibration on held-out cohorts");
        sheet.Table("Calibration",
        [
            Column.Percent("Probability from"), Column.Percent("to"), Column.Integer("Pair-waves"), Column.Percent("Mean probability"), Column.Percent("Closed early"),
        ], card.Calibration.Select(b => (IReadOnlyList<object?>)[b.From, b.To, b.Pairs, b.MeanPredicted, b.ObservedRate]));
    }

    private static string F(double value) => double.IsNaN(value) ? "–" : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Percent(double share) => double.IsNaN(share) ? "–" : share.ToString("0%", CultureInfo.InvariantCulture);
}
