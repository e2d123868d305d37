using MentorEval.Core.Instruments;
using MentorEval.Core.Reliability;
using MentorEval.Core.Statistics;

namespace MentorEval.Core.Scoring;

/// <summary>Scores every scale of an instrument for a group of respondents and checks each scale's reliability.</summary>
public static class InstrumentScoring
{
    /// <param name="instrument">The instrument the values belong to.</param>
    /// <param name="respondentIds">Who answered, one per row of <paramref name="values"/>.</param>
    /// <param name="values">Each respondent's item values in the instrument's item order (NaN = missing).</param>
    /// <param name="policy">How reliability treats missing answers.</param>
    public static InstrumentScores Score(Instrument instrument, IReadOnlyList<string> respondentIds,
        IReadOnlyList<double[]> values, MissingDataPolicy policy = MissingDataPolicy.Pairwise)
    {
        if (respondentIds.Count != values.Count)
            throw new ArgumentException($"{respondentIds.Count} respondent ids for {values.Count} rows of values.");

        // One scale at a time: reliability already uses every core, and one scale's keyed copy of the answers at a
        // time keeps memory at a sixth of scoring all scales at once.
        var scales = instrument.Scales.Select(scale => ScoreScale(instrument, scale, values, policy)).ToList();
        return new InstrumentScores(instrument, policy, respondentIds, scales);
    }

    private static ScaleResult ScoreScale(Instrument instrument, Scale scale, IReadOnlyList<double[]> values, MissingDataPolicy policy)
    {
        var scorer = new ScaleScorer(instrument, scale);
        var n = values.Count;
        var k = scale.ItemIds.Count;
        var scores = new double[n];
        // Reliability is computed on the keyed items, stored item by item (column-major) as ItemResponses expects.
        var keyed = new double[n * k];
        for (var r = 0; r < n; r++)
        {
            var row = values[r];
            scores[r] = scorer.Score(row);
            for (var i = 0; i < k; i++) keyed[i * n + r] = scorer.Keyed(row, i);
        }

        var reliability = ScaleReliability.Of(new ItemResponses(scale.ItemIds, n, keyed), policy);
        return new ScaleResult(scale, scores, GroupSummary.Describe(scores), reliability);
    }
}
