namespace MentorEval.Core.Reliability;

/// <summary>
/// How consistently the items of one scale measure the same thing, with every figure defined as
/// R's psych package defines it (see docs/psychometrics.md#reliability-of-a-scale). A figure that cannot be
/// computed from the data is null, never NaN, and a <see cref="Warnings"/> entry says why.
/// </summary>
/// <param name="Policy">How missing answers were handled.</param>
/// <param name="RespondentCount">All respondents given.</param>
/// <param name="RespondentsUsed">
/// The N behind the figures and the Feldt interval. Listwise: respondents who answered every item.
/// Pairwise: all respondents given, as psych's <c>alpha()</c> passes <c>nrow(x)</c> to <c>alpha.ci</c>.
/// </param>
/// <param name="ItemsUsed">k: items in the scale-level figures (items without variation are left out, as in psych).</param>
/// <param name="RawAlpha">k/(k−1)·(1 − tr C/ΣC) (psych <c>$total$raw_alpha</c>).</param>
/// <param name="StandardizedAlpha">The same on R = cov2cor(C) (psych <c>$total$std.alpha</c>).</param>
/// <param name="AlphaInterval">Feldt 95% interval for raw alpha (psych <c>alpha.ci</c>).</param>
/// <param name="AverageInterItemCorrelation">Mean off-diagonal of R (psych <c>$total$average_r</c>).</param>
/// <param name="GuttmanLambda6">1 − Σ(1 − smcᵢ)/ΣR (psych <c>$total$`G6(smc)`</c>).</param>
/// <param name="OmegaTotal">
/// McDonald's ω_t from a one-factor minres solution on the item correlations (psych
/// <c>omega(x, nfactors = 1)$omega.tot</c>); needs at least three items.
/// </param>
/// <param name="Associations">The covariance and correlation matrices the figures come from (all items).</param>
public sealed record ScaleReliability(
    MissingDataPolicy Policy,
    int RespondentCount,
    int RespondentsUsed,
    int ItemsUsed,
    double? RawAlpha,
    double? StandardizedAlpha,
    FeldtInterval? AlphaInterval,
    double? AverageInterItemCorrelation,
    double? GuttmanLambda6,
    double? OmegaTotal,
    IReadOnlyList<ItemReliability> Items,
    IReadOnlyList<ReliabilityWarning> Warnings,
    ItemAssociations Associations)
{
    /// <summary>psych's further figures (S/N, ase and Duhachek interval, median r, raw.r, std.r, r.cor, response frequencies).</summary>
    public required AlphaDetails Details { get; init; }

    // A coefficient this close to zero is zero whose sign rounding picked; it warns of nothing.
    private const double RoundingNoise = 1e-10;

    public static ScaleReliability Of(ItemResponses responses, MissingDataPolicy policy = MissingDataPolicy.Pairwise)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var moments = ItemMoments.Accumulate(responses);
        var associations = ItemAssociations.From(moments, responses, policy);
        var ids = responses.ItemIds;
        var k = responses.ItemCount;
        var respondentsUsed = associations.RespondentsUsed;
        var warnings = new List<ReliabilityWarning>();

        // Items without two answers or without variation carry no information about consistency.
        var used = new List<int>();
        for (var i = 0; i < k; i++)
        {
            var variance = moments.Variance(i, policy);
            if (variance > 0)
                used.Add(i);
            else if (variance == 0)
                warnings.Add(Warn(ReliabilityWarningCode.ConstantItem,
                    $"Every respondent{(policy == MissingDataPolicy.Listwise ? " who answered every item" : "")} gave item {ids[i]} the same answer, so it says nothing about consistency; it was left out of the scale figures.",
                    ids[i]));
            else if (respondentsUsed >= 2)
                warnings.Add(Warn(ReliabilityWarningCode.ItemTooFewAnswers,
                    $"Item {ids[i]} has fewer than two answers{ListwiseNote(policy)}; it was left out of the scale figures.",
                    ids[i]));
        }

        if (respondentsUsed < 2)
        {
            warnings.Add(Warn(ReliabilityWarningCode.TooFewRespondents, policy == MissingDataPolicy.Listwise
                ? $"Only {respondentsUsed} respondent(s) answered every item; reliability needs at least two (pairwise handling of missing answers may help)."
                : $"Only {respondentsUsed} respondent(s); reliability needs at least two."));
        }
        else if (used.Count < 2)
        {
            warnings.Add(Warn(ReliabilityWarningCode.TooFewItems, k < 2
                ? "A scale needs at least two items for its reliability to be estimated."
                : "Fewer than two items have answers that vary, so the scale's reliability cannot be estimated."));
        }

        var figures = used.Count >= 2 && respondentsUsed >= 2 && AllPairsAnswered(moments, used, ids, policy, warnings)
            ? ScaleFigures(moments, used, ids, policy, warnings)
            : null;

        var items = new ItemReliability[k];
        for (var i = 0; i < k; i++)
        {
            var position = used.IndexOf(i);
            var inFigures = figures is not null && position >= 0;
            items[i] = new ItemReliability(
                ids[i],
                (int)moments.Pair(i, i, policy).Count,
                Finite(moments.Mean(i, policy)),
                Finite(Math.Sqrt(moments.Variance(i, policy))),
                inFigures ? Finite(figures!.Coefficients.CorrectedItemTotalCorrelations[position]) : null,
                inFigures ? Finite(figures!.Coefficients.AlphasIfDeleted[position]) : null,
                inFigures && figures!.Factor is { } factor ? Finite(factor.Loadings[position]) : null,
                position >= 0);
            if (items[i].CorrectedItemTotalCorrelation < -RoundingNoise)
                warnings.Add(Warn(ReliabilityWarningCode.NegativeItemTotalCorrelation,
                    $"Item {ids[i]} correlates negatively with the rest of the scale ({items[i].CorrectedItemTotalCorrelation:0.00}); it likely needs reverse keying.",
                    ids[i]));
        }

        var alpha = figures is null ? null : Finite(figures.Coefficients.RawAlpha);
        if (figures is { Coefficients.TotalVaries: false })
            warnings.Add(Warn(ReliabilityWarningCode.TotalDoesNotVary,
                "The items' answers offset each other so that the scale total is the same for everyone; alpha cannot be computed."));
        if (alpha < -RoundingNoise)
            warnings.Add(Warn(ReliabilityWarningCode.NegativeAlpha,
                $"Alpha is negative ({alpha:0.00}): the items disagree more than they agree, usually because an item was not reverse-keyed."));

        return new ScaleReliability(
            policy,
            responses.RespondentCount,
            respondentsUsed,
            used.Count,
            alpha,
            figures is null ? null : Finite(figures.Coefficients.StandardizedAlpha),
            alpha is { } a ? FeldtInterval.For(a, respondentsUsed, used.Count) : null,
            figures is null ? null : Finite(figures.Coefficients.AverageInterItemCorrelation),
            figures is null ? null : Finite(figures.Coefficients.GuttmanLambda6),
            figures?.Factor is { } solution ? Finite(solution.OmegaTotal) : null,
            items,
            warnings,
            associations)
        {
            Details = AlphaDetails.From(responses, moments, figures is null ? [] : used, alpha, respondentsUsed, policy),
        };
    }

    private sealed record Figures(AlphaCoefficients Coefficients, OneFactorSolution? Factor);

    private sealed record OneFactorSolution(double[] Loadings, double OmegaTotal);

    private static Figures ScaleFigures(
        ItemMoments moments, List<int> used, IReadOnlyList<string> ids, MissingDataPolicy policy, List<ReliabilityWarning> warnings)
    {
        var k = used.Count;
        var covariance = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                covariance[a, b] = a == b
                    ? moments.Variance(used[a], policy)
                    : moments.Pair(used[a], used[b], policy).Covariance;
            }
        }

        return new Figures(AlphaCoefficients.From(covariance), Omega(moments, used, ids, policy, warnings));
    }

    private static OneFactorSolution? Omega(ItemMoments moments, List<int> used, IReadOnlyList<string> ids, MissingDataPolicy policy, List<ReliabilityWarning> warnings)
    {
        var k = used.Count;
        if (k < 3)
        {
            // With two items any split of their correlation fits: the one-factor model is not identified.
            warnings.Add(Warn(ReliabilityWarningCode.OmegaNotComputable,
                "Omega total needs at least three items with varying answers; a one-factor model of two items is not identified."));
            return null;
        }

        // psych::omega factors cor(x, use = "pairwise"), not the rescaled covariances alpha uses.
        var correlation = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                correlation[a, b] = a == b ? 1 : moments.Pair(used[a], used[b], policy).Correlation;
                if (double.IsNaN(correlation[a, b]))
                {
                    warnings.Add(Warn(ReliabilityWarningCode.OmegaNotComputable,
                        $"Items {ids[used[a]]} and {ids[used[b]]} have no correlation among the respondents who answered both (one of them does not vary there), so omega total cannot be estimated.",
                        ids[used[a]], ids[used[b]]));
                    return null;
                }
            }
        }

        // n respondents span at most n − 1 dimensions: with n ≤ k the correlations leave the factor's
        // direction free, and which of the equally good fits the optimizer returns is down to rounding.
        var fewest = FewestAnsweringTogether(moments, used, policy);
        if (fewest.Count <= k)
        {
            warnings.Add(Warn(ReliabilityWarningCode.OneFactorNotUnique,
                $"Only {fewest.Count} respondents answered {ids[used[fewest.A]]} and {ids[used[fewest.B]]} together, no more than the {k} items: many one-factor solutions fit these correlations equally well, so the loadings and omega total are not unique; read them only once more respondents have answered.",
                ids[used[fewest.A]], ids[used[fewest.B]]));
        }

        var solution = OneFactorMinres.Fit(correlation);
        if (solution.ItemsAtCommunalityBound.Length > 0)
        {
            var atBound = solution.ItemsAtCommunalityBound.Select(a => ids[used[a]]).ToArray();
            warnings.Add(Warn(ReliabilityWarningCode.HeywoodCase,
                $"In the one-factor solution behind omega total, {string.Join(", ", atBound)} reached the bound of 99.5% explained variance (a Heywood case): treat omega total with caution; psych's own figure here depends on where its optimizer stops.",
                atBound));
        }
        return new OneFactorSolution(solution.Loadings, solution.OmegaTotal(correlation));
    }

    private static (double Count, int A, int B) FewestAnsweringTogether(ItemMoments moments, List<int> used, MissingDataPolicy policy)
    {
        var fewest = (Count: double.MaxValue, A: 0, B: 1);
        for (var a = 0; a < used.Count; a++)
        {
            for (var b = a + 1; b < used.Count; b++)
            {
                var count = moments.Pair(used[a], used[b], policy).Count;
                if (count < fewest.Count)
                    fewest = (count, a, b);
            }
        }

        return fewest;
    }

    private static bool AllPairsAnswered(ItemMoments moments, List<int> used, IReadOnlyList<string> ids, MissingDataPolicy policy, List<ReliabilityWarning> warnings)
    {
        var complete = true;
        for (var a = 0; a < used.Count; a++)
        {
            for (var b = a + 1; b < used.Count; b++)
            {
                if (moments.Pair(used[a], used[b], policy).Count >= 2)
                    continue;
                warnings.Add(Warn(ReliabilityWarningCode.ItemsRarelyAnsweredTogether,
                    $"Fewer than two respondents answered both {ids[used[a]]} and {ids[used[b]]}, so the scale figures cannot be computed.",
                    ids[used[a]], ids[used[b]]));
                complete = false;
            }
        }

        return complete;
    }

    private static string ListwiseNote(MissingDataPolicy policy) =>
        policy == MissingDataPolicy.Listwise ? " among the respondents who answered every item" : "";

    private static ReliabilityWarning Warn(ReliabilityWarningCode code, string message, params string[] itemIds) =>
        new(code, message, itemIds);

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
