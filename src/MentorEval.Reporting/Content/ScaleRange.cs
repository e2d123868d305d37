using MentorEval.Core.Instruments;
using MentorEval.Core.Scoring;

namespace MentorEval.Reporting.Content;

/// <summary>The lowest and highest score a scale can give, so means of different scales can be set side by side.</summary>
public sealed record ScaleRange(double Min, double Max)
{
    /// <summary>The range, or null when an item of the scale has no numeric response scale (counts, text).</summary>
    public static ScaleRange? Of(Instrument instrument, Scale scale)
    {
        var scorer = new ScaleScorer(instrument, scale);
        var lowest = new double[instrument.Items.Count];
        var highest = new double[instrument.Items.Count];
        foreach (var index in scorer.ItemIndexes)
        {
            var item = instrument.Items[index];
            if (instrument.ResponseScaleOf(item) is not { IsNumeric: true } responses) return null;
            // A reverse-keyed item scores lowest when answered highest.
            lowest[index] = item.Reverse ? responses.Max!.Value : responses.Min!.Value;
            highest[index] = item.Reverse ? responses.Min!.Value : responses.Max!.Value;
        }

        var (min, max) = (scorer.Score(lowest), scorer.Score(highest));
        return double.IsFinite(min) && double.IsFinite(max) && max > min ? new ScaleRange(min, max) : null;
    }

    /// <summary>Where a score lies in the range, 0 (lowest) to 1 (highest).</summary>
    public double Position(double score) => (score - Min) / (Max - Min);
}
