namespace MentorEval.Core.Reliability;

/// <summary>What a <see cref="ReliabilityWarning"/> is about, for code that reacts to it.</summary>
public enum ReliabilityWarningCode
{
    /// <summary>Fewer than two respondents (listwise: complete respondents); nothing beyond item means.</summary>
    TooFewRespondents,

    /// <summary>Fewer than two usable items, so the scale has no internal consistency to measure.</summary>
    TooFewItems,

    /// <summary>An item answered by fewer than two respondents; left out of the scale statistics.</summary>
    ItemTooFewAnswers,

    /// <summary>Every respondent gave the item the same answer; left out of the scale statistics.</summary>
    ConstantItem,

    /// <summary>Two items answered together by fewer than two respondents; their covariance is unknown.</summary>
    ItemsRarelyAnsweredTogether,

    /// <summary>An item correlates negatively with the rest of the scale: likely needs reverse keying.</summary>
    NegativeItemTotalCorrelation,

    /// <summary>The items' answers offset each other so that the scale total does not vary; no alpha.</summary>
    TotalDoesNotVary,

    /// <summary>Alpha is below zero: usually an item that should have been reverse-keyed.</summary>
    NegativeAlpha,

    /// <summary>Omega total could not be estimated (too few items, or a correlation is undefined).</summary>
    OmegaNotComputable,

    /// <summary>The one-factor solution put an item at psych's communality bound (a Heywood case).</summary>
    HeywoodCase,

    /// <summary>
    /// Some correlations rest on no more respondents than there are items, so the correlation matrix
    /// can be singular and many one-factor solutions fit equally well: loadings and omega are not unique.
    /// </summary>
    OneFactorNotUnique,
}
