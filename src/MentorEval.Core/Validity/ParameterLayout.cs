namespace MentorEval.Core.Validity;

internal enum ParameterKind
{
    /// <summary>Λ[item, factor].</summary>
    Loading,

    /// <summary>Φ[factor, factor]: a factor variance (Row = Column) or covariance.</summary>
    FactorCovariance,

    /// <summary>Θ[item, item]: a residual variance (Row = Column) or residual covariance.</summary>
    Residual,

    /// <summary>ν[item].</summary>
    Intercept,

    /// <summary>α[factor].</summary>
    FactorMean,
}

/// <summary>
/// One entry of a group's model matrices. <see cref="Free"/> is the index of the free parameter it takes its value
/// from (entries constrained equal across groups share one), or −1 when fixed at <see cref="Value"/>.
/// </summary>
internal readonly record struct ModelEntry(ParameterKind Kind, int Group, int Row, int Column, int Free, double Value);

/// <summary>Which parameters are held equal across groups (lavaan's <c>group.equal</c>) and which items are exempt (<c>group.partial</c>).</summary>
internal sealed record Equalities(bool Loadings, bool Intercepts, bool Residuals, IReadOnlySet<string> FreedLoadings, IReadOnlySet<string> FreedIntercepts)
{
    public static readonly Equalities None = new(false, false, false, new HashSet<string>(), new HashSet<string>());
}

/// <summary>The entries of every group's Λ, Φ, Θ, ν and α, and how they map onto the free parameters.</summary>
internal sealed class ParameterLayout
{
    private ParameterLayout(MeasurementModel model, int groups, bool meanStructure, ModelEntry[] entries, int freeCount)
    {
        Model = model;
        Groups = groups;
        MeanStructure = meanStructure;
        Entries = entries;
        FreeCount = freeCount;
    }

    public MeasurementModel Model { get; }

    public int Groups { get; }

    public bool MeanStructure { get; }

    public ModelEntry[] Entries { get; }

    public int FreeCount { get; }

    public int Items => Model.ItemIds.Count;

    public int FactorCount => Model.Factors.Count;

    /// <summary>
    /// Factor variances fixed to 1 and latent means to 0 in the first group. As lavaan does with <c>std.lv = TRUE</c>,
    /// they are freed in the other groups once loadings (variances) or intercepts (means) are held equal, since the
    /// equal parameters then carry the scale.
    /// </summary>
    public static ParameterLayout Build(MeasurementModel model, int groups, bool meanStructure, Equalities equal)
    {
        var entries = new List<ModelEntry>();
        var shared = new Dictionary<(ParameterKind, int, int), int>();
        var next = 0;
        int Free(ParameterKind kind, int row, int column, bool equalAcrossGroups)
        {
            if (!equalAcrossGroups) return next++;
            if (shared.TryGetValue((kind, row, column), out var index)) return index;
            shared[(kind, row, column)] = next;
            return next++;
        }

        var p = model.ItemIds.Count;
        var m = model.Factors.Count;
        for (var g = 0; g < groups; g++)
        {
            for (var i = 0; i < p; i++)
            {
                var f = model.FactorOf[i];
                var equalLoading = equal.Loadings && !equal.FreedLoadings.Contains(model.ItemIds[i]);
                entries.Add(new ModelEntry(ParameterKind.Loading, g, i, f, Free(ParameterKind.Loading, i, f, equalLoading), 0));
            }

            for (var j = 0; j < m; j++)
            {
                entries.Add(g > 0 && equal.Loadings
                    ? new ModelEntry(ParameterKind.FactorCovariance, g, j, j, Free(ParameterKind.FactorCovariance, j, j, false), 0)
                    : new ModelEntry(ParameterKind.FactorCovariance, g, j, j, -1, 1));
                for (var k = 0; k < j; k++)
                    entries.Add(new ModelEntry(ParameterKind.FactorCovariance, g, j, k, Free(ParameterKind.FactorCovariance, j, k, false), 0));
            }

            for (var i = 0; i < p; i++)
                entries.Add(new ModelEntry(ParameterKind.Residual, g, i, i, Free(ParameterKind.Residual, i, i, equal.Residuals), 0));

            if (!meanStructure) continue;
            for (var i = 0; i < p; i++)
            {
                var equalIntercept = equal.Intercepts && !equal.FreedIntercepts.Contains(model.ItemIds[i]);
                entries.Add(new ModelEntry(ParameterKind.Intercept, g, i, 0, Free(ParameterKind.Intercept, i, 0, equalIntercept), 0));
            }

            for (var j = 0; j < m; j++)
            {
                entries.Add(g > 0 && equal.Intercepts
                    ? new ModelEntry(ParameterKind.FactorMean, g, j, 0, Free(ParameterKind.FactorMean, j, 0, false), 0)
                    : new ModelEntry(ParameterKind.FactorMean, g, j, 0, -1, 0));
            }
        }

        return new ParameterLayout(model, groups, meanStructure, entries.ToArray(), next);
    }

    /// <summary>
    /// Parameters the model holds at zero that a researcher might free (single group): every cross-loading and every
    /// residual covariance, for modification indices.
    /// </summary>
    public ModelEntry[] Candidates()
    {
        var p = Items;
        var candidates = new List<ModelEntry>();
        var next = FreeCount;
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < FactorCount; j++)
                if (Model.FactorOf[i] != j) candidates.Add(new ModelEntry(ParameterKind.Loading, 0, i, j, next++, 0));
        }

        for (var i = 0; i < p; i++)
        {
            for (var k = 0; k < i; k++) candidates.Add(new ModelEntry(ParameterKind.Residual, 0, k, i, next++, 0));
        }

        return candidates.ToArray();
    }
}
