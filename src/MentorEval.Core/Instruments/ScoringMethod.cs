namespace MentorEval.Core.Instruments;

public enum ScoringMethod
{
    /// <summary>Mean of the answered items.</summary>
    Mean,

    /// <summary>Sum of the answered items (missing items count as nothing, so set minAnswered strictly).</summary>
    Sum,

    /// <summary>Mean of the answered items × number of items: a sum that does not shrink when an item is skipped.</summary>
    ProratedSum,

    /// <summary>Σ wᵢxᵢ / Σ wᵢ where each item's weight wᵢ is another answer of the same respondent (importance-weighted satisfaction).</summary>
    WeightedMean,
}
