using MentorEval.Core.Instruments;
using MentorEval.Core.Reliability;
using MentorEval.Core.Scoring;

namespace MentorEval.Core.Validity;

/// <summary>
/// The factor models an instrument definition implies: its scales as correlated factors, and each scale alone as a
/// one-factor model. <see cref="Notes"/> says which scales were left out of which model and why.
/// </summary>
/// <param name="Combined">The correlated-factors model; null when fewer than two scales can be factors.</param>
/// <param name="Single">One one-factor model per scale of three or more items (fewer leave nothing to test).</param>
public sealed record InstrumentModels(Instrument Instrument, MeasurementModel? Combined, IReadOnlyList<MeasurementModel> Single, IReadOnlyList<string> Notes)
{
    public static InstrumentModels From(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var notes = new List<string>();
        // Smaller scales first, so that a total over all items (or a scale repeating another's items) is the one left out.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var factors = new List<Scale>();
        foreach (var scale in instrument.Scales.OrderBy(s => s.ItemIds.Count))
        {
            if (scale.ItemIds.Count < 2)
            {
                notes.Add($"Scale {scale.Id} has a single item, which cannot form a factor; it is left out.");
                continue;
            }

            var shared = scale.ItemIds.Where(taken.Contains).ToList();
            if (shared.Count > 0)
            {
                notes.Add(shared.Count == scale.ItemIds.Count
                    ? $"Scale {scale.Id} is made of items other scales already measure (a total or a repeat), so it is not a factor of the combined model."
                    : $"Scale {scale.Id} shares items ({string.Join(", ", shared)}) with other scales, so it is not a factor of the combined model; an item loads on one factor only.");
                continue;
            }

            factors.Add(scale);
            foreach (var id in scale.ItemIds) taken.Add(id);
        }

        var ordered = instrument.Scales.Where(factors.Contains).ToList();
        var combined = ordered.Count >= 2 ? new MeasurementModel(ordered.Select(FactorOf).ToList()) : null;
        if (combined is null) notes.Add("Fewer than two scales can be factors, so there is no correlated-factors model; see each scale's one-factor model.");

        var single = new List<MeasurementModel>();
        foreach (var scale in instrument.Scales)
        {
            if (scale.ItemIds.Count >= 3) single.Add(new MeasurementModel([FactorOf(scale)]));
            else if (scale.ItemIds.Count == 2) notes.Add($"Scale {scale.Id} has two items: alone, a one-factor model of two items is not identified, so it is tested only within the combined model.");
        }

        return new InstrumentModels(instrument, combined, single, notes);
    }

    /// <summary>
    /// The answers to the model's items after reverse keying (x' = min + max − x, as in scoring), item by item.
    /// </summary>
    /// <param name="values">Each respondent's item values in the instrument's item order (NaN = missing).</param>
    public ItemResponses KeyedAnswers(MeasurementModel model, IReadOnlyList<double[]> values)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        var keyed = new double[model.ItemIds.Count * n];
        var column = 0;
        foreach (var factor in model.Factors)
        {
            var scale = Instrument.FindScale(factor.Id) ?? throw new ArgumentException($"The instrument has no scale {factor.Id}.", nameof(model));
            var scorer = new ScaleScorer(Instrument, scale);
            for (var i = 0; i < scale.ItemIds.Count; i++, column++)
                for (var r = 0; r < n; r++) keyed[column * n + r] = scorer.Keyed(values[r], i);
        }

        return new ItemResponses(model.ItemIds, n, keyed);
    }

    private static Factor FactorOf(Scale scale) => new(scale.Id, scale.Title, scale.ItemIds);
}
