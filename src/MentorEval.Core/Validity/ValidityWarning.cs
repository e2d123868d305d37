namespace MentorEval.Core.Validity;

/// <summary>What a <see cref="ValidityWarning"/> is about, for code that reacts to it.</summary>
public enum ValidityWarningCode
{
    /// <summary>Too few complete respondents to estimate the model at all (no more than the items).</summary>
    TooFewRespondents,

    /// <summary>Fewer respondents than the usual rule asks for this many parameters; figures are shown but unstable.</summary>
    FewRespondentsForModel,

    /// <summary>The items' covariance matrix is not positive definite (an item does not vary or is a copy of others).</summary>
    SampleNotPositiveDefinite,

    /// <summary>The optimiser stopped before reaching a minimum; no figure can be trusted.</summary>
    NotConverged,

    /// <summary>The parameters cannot all be estimated from these data (the information matrix is singular).</summary>
    NotIdentified,

    /// <summary>A negative residual variance (or a standardized loading above 1): a Heywood case.</summary>
    HeywoodCase,

    /// <summary>The estimated factor correlations are not a valid correlation matrix (a correlation beyond ±1).</summary>
    FactorsNotPositiveDefinite,

    /// <summary>The model has no degrees of freedom: it reproduces the data by construction, so fit cannot be judged.</summary>
    NoDegreesOfFreedom,
}

/// <summary>Something a reader of the factor analysis should know, in one plain sentence.</summary>
public sealed record ValidityWarning(ValidityWarningCode Code, string Message)
{
    public override string ToString() => Message;
}
