namespace MentorEval.Core.Validity;

/// <summary>An item's loading: raw (lavaan <c>est</c>, <c>se</c>) and standardized (lavaan <c>std.all</c> and its SE).</summary>
public sealed record FactorLoading(string Factor, string Item, double Estimate, double? StandardError, double Standardized, double? StandardizedError);

/// <summary>The correlation of two factors (with <c>std.lv = TRUE</c> their covariance), with its standard error.</summary>
public sealed record FactorCorrelation(string First, string Second, double Estimate, double? StandardError);

/// <summary>An item's residual (unique) variance, raw with SE and as a share of the item's implied variance.</summary>
public sealed record ResidualVariance(string Item, double Estimate, double? StandardError, double Standardized);

/// <summary>Two items whose observed correlation differs from the model's by more than .10 (lavaan <c>residuals(fit, "cor")</c>).</summary>
public sealed record ResidualCorrelation(string First, string Second, double Residual, string Sentence);

public enum ModificationKind
{
    /// <summary>Let an item load on a second factor.</summary>
    CrossLoading,

    /// <summary>Let two items' residuals correlate.</summary>
    ResidualCovariance,
}

/// <summary>
/// How much χ² would drop if one parameter the model holds at zero were freed (lavaan <c>modindices()</c>,
/// score test on the expected information). <paramref name="Target"/> is a factor for a cross-loading, an item otherwise.
/// </summary>
public sealed record ModificationIndex(ModificationKind Kind, string Item, string Target, double Value, string Sentence);

/// <summary>
/// A confirmatory factor analysis by maximum likelihood on the complete respondents (see
/// docs/psychometrics.md#confirmatory-factor-analysis). When the model could not be estimated, <see cref="Fit"/>
/// is null, the lists are empty, and <see cref="Warnings"/> says why.
/// </summary>
public sealed record FactorAnalysis(
    MeasurementModel Model,
    int RespondentCount,
    int RespondentsUsed,
    int FreeParameters,
    bool Converged,
    int Iterations,
    ModelFit? Fit,
    IReadOnlyList<FactorLoading> Loadings,
    IReadOnlyList<FactorCorrelation> Correlations,
    IReadOnlyList<ResidualVariance> ResidualVariances,
    IReadOnlyList<ResidualCorrelation> ResidualCorrelations,
    IReadOnlyList<ModificationIndex> ModificationIndices,
    IReadOnlyList<ValidityWarning> Warnings);
