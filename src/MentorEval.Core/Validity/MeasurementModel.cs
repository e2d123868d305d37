namespace MentorEval.Core.Validity;

/// <summary>One latent factor and the items that measure it (item ids as in the definition, answers already keyed).</summary>
public sealed record Factor(string Id, string Title, IReadOnlyList<string> ItemIds);

/// <summary>
/// A confirmatory factor model: each item loads on exactly one factor, the factors are correlated, and the
/// residuals are uncorrelated. Identified by fixing each factor's variance to 1 (lavaan's <c>std.lv = TRUE</c>).
/// </summary>
public sealed record MeasurementModel
{
    public MeasurementModel(IReadOnlyList<Factor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        if (factors.Count == 0) throw new ArgumentException("A factor model needs at least one factor.", nameof(factors));
        var items = factors.SelectMany(f => f.ItemIds).ToList();
        if (items.Distinct(StringComparer.Ordinal).Count() != items.Count)
            throw new ArgumentException("Each item may load on one factor only.", nameof(factors));
        if (factors.Any(f => f.ItemIds.Count == 0))
            throw new ArgumentException("Every factor needs at least one item.", nameof(factors));
        Factors = factors.ToArray();
        ItemIds = items;
        FactorOf = Factors.SelectMany((f, j) => f.ItemIds.Select(_ => j)).ToArray();
    }

    public IReadOnlyList<Factor> Factors { get; }

    /// <summary>Every item of the model, factor by factor, in the order the factors list them.</summary>
    public IReadOnlyList<string> ItemIds { get; }

    /// <summary>For each item (in <see cref="ItemIds"/> order), the index of the factor it loads on.</summary>
    internal IReadOnlyList<int> FactorOf { get; }

    /// <summary>Free parameters of one group: a loading and a residual variance per item, and the factor correlations.</summary>
    public int ParametersPerGroup => 2 * ItemIds.Count + Factors.Count * (Factors.Count - 1) / 2;
}
