using MentorEval.Core.Instruments;

namespace MentorEval.Core.Scoring;

/// <summary>
/// Scores one scale of an instrument from a respondent's item values (in the instrument's item order, NaN = missing),
/// as the definition says: reverse keys (x' = min + max − x, with the response scale's bounds), the scoring method,
/// and the minimum number of answered items below which the score is missing (NaN).
/// Prepared once per scale so that scoring a million respondents is a tight loop.
/// </summary>
public sealed class ScaleScorer
{
    private readonly int[] itemIndex;
    private readonly int[] weightIndex;
    private readonly double[] reverseSum;
    private readonly double[] weightReverseSum;

    public ScaleScorer(Instrument instrument, Scale scale)
    {
        Scale = scale;
        var count = scale.ItemIds.Count;
        itemIndex = new int[count];
        weightIndex = new int[count];
        reverseSum = new double[count];
        weightReverseSum = new double[count];
        for (var i = 0; i < count; i++)
        {
            (itemIndex[i], reverseSum[i]) = Locate(instrument, scale.ItemIds[i]);
            if (scale.Method == ScoringMethod.WeightedMean)
                (weightIndex[i], weightReverseSum[i]) = Locate(instrument, scale.WeightItems[scale.ItemIds[i]]);
        }

        RequiredAnswers = scale.RequiredAnswers;
    }

    public Scale Scale { get; }

    public int RequiredAnswers { get; }

    /// <summary>Positions of the scale's items in the instrument's item order.</summary>
    public IReadOnlyList<int> ItemIndexes => itemIndex;

    /// <summary>The item's value after reverse keying (NaN stays NaN).</summary>
    public double Keyed(ReadOnlySpan<double> values, int scaleItem)
    {
        var x = values[itemIndex[scaleItem]];
        return double.IsNaN(reverseSum[scaleItem]) ? x : reverseSum[scaleItem] - x;
    }

    /// <summary>The scale score of one respondent, or NaN when too few items were answered.</summary>
    public double Score(ReadOnlySpan<double> values)
    {
        double sum = 0, weightSum = 0;
        var answered = 0;
        for (var i = 0; i < itemIndex.Length; i++)
        {
            var x = Keyed(values, i);
            if (double.IsNaN(x)) continue;
            if (Scale.Method == ScoringMethod.WeightedMean)
            {
                var w = values[weightIndex[i]];
                if (double.IsNaN(w)) continue;
                if (!double.IsNaN(weightReverseSum[i])) w = weightReverseSum[i] - w;
                sum += w * x;
                weightSum += w;
            }
            else
            {
                sum += x;
            }

            answered++;
        }

        if (answered < RequiredAnswers || answered == 0) return double.NaN;
        return Scale.Method switch
        {
            ScoringMethod.Mean => sum / answered,
            ScoringMethod.Sum => sum,
            ScoringMethod.ProratedSum => sum / answered * itemIndex.Length,
            // All weights zero: nothing says what matters to the respondent, so there is no score.
            _ => weightSum > 0 ? sum / weightSum : double.NaN,
        };
    }

    /// <summary>Where an item sits among the values, and min + max of its scale when it is reverse-keyed (NaN otherwise).</summary>
    private static (int Index, double ReverseSum) Locate(Instrument instrument, string itemId)
    {
        var index = -1;
        for (var i = 0; i < instrument.Items.Count; i++)
        {
            if (instrument.Items[i].Id == itemId) index = i;
        }

        if (index < 0) throw new ArgumentException($"Item \"{itemId}\" is not in instrument \"{instrument.Id}\"; validate the definition first.");
        var item = instrument.Items[index];
        var scale = instrument.ResponseScaleOf(item);
        return (index, item.Reverse && scale is { IsNumeric: true } ? scale.Min!.Value + scale.Max!.Value : double.NaN);
    }
}
