using System.Globalization;
using MentorEval.Core.Reliability;

namespace MentorEval.Core.Validity;

/// <summary>
/// Fits a <see cref="MeasurementModel"/> by maximum likelihood as lavaan's
/// <c>cfa(model, data, std.lv = TRUE, estimator = "ML", likelihood = "normal")</c> does on complete data, with
/// respondents who skipped any of the model's items left out (listwise).
/// </summary>
public static class ConfirmatoryFactorAnalysis
{
    /// <summary>A residual correlation beyond this is listed.</summary>
    public const double ResidualCorrelationCutoff = 0.10;

    /// <summary>A modification index beyond this is listed (χ² would drop by more than 10 on one df).</summary>
    public const double ModificationIndexCutoff = 10;

    /// <summary>Respondents per free parameter the usual rule of thumb asks for, and the floor under it.</summary>
    internal const int RespondentsPerParameter = 10;
    internal const int MinimumRespondents = 200;

    /// <param name="model">The factors and their items.</param>
    /// <param name="responses">Keyed answers; must hold every item of the model (extra items are ignored), NaN = missing.</param>
    public static FactorAnalysis Fit(MeasurementModel model, ItemResponses responses)
    {
        ArgumentNullException.ThrowIfNull(model);
        var ordered = ModelItems(model, responses);
        var groups = GroupMoments.Listwise(ordered, null, ["all"]);
        var used = groups[0].Count;
        var warnings = new List<ValidityWarning>();
        var layout = ParameterLayout.Build(model, 1, meanStructure: false, Equalities.None);
        FactorAnalysis Empty() => new(model, responses.RespondentCount, used, layout.FreeCount, false, 0, null, [], [], [], [], [], warnings);

        if (!CanEstimate(groups, model, warnings)) return Empty();
        WarnIfFew(used, layout.FreeCount, warnings);

        var ml = new MaximumLikelihood(layout, groups);
        var solution = ml.Fit(ml.Start());
        if (double.IsInfinity(solution.MinimumDiscrepancy))
        {
            warnings.Add(new ValidityWarning(ValidityWarningCode.NotConverged,
                "The estimation failed: the model's implied covariances stopped being positive definite. The items may not fit this factor structure at all."));
            return Empty();
        }

        var theta = OrientFactors(layout, solution.Estimates);
        if (!solution.Converged)
            warnings.Add(new ValidityWarning(ValidityWarningCode.NotConverged,
                $"The estimation did not converge after {solution.Iterations} iterations; no figure below can be trusted."));
        if (solution.Covariance is null)
            warnings.Add(new ValidityWarning(ValidityWarningCode.NotIdentified,
                "The model's parameters cannot all be told apart in these data (the information matrix is singular): there are no standard errors, and the estimates are one of many equally good solutions."));

        var fit = ModelFit.From(ml, theta, solution.MinimumDiscrepancy);
        if (fit.Df == 0)
            warnings.Add(new ValidityWarning(ValidityWarningCode.NoDegreesOfFreedom,
                "The model has as many parameters as the data have variances and covariances (0 degrees of freedom): it fits perfectly by construction, so its fit says nothing; only the loadings are informative."));

        var mats = ml.Matrices(theta, 0);
        var standardized = Standardized(ml, theta);
        var covariance = solution.Covariance;
        var jacobian = covariance is null ? null : Jacobian(ml, theta, standardized.Length);
        double? StandardizedError(int index) => jacobian is null ? null : DeltaMethod(jacobian, covariance!, index, layout.FreeCount);
        double? RawError(int free) => covariance is null ? null : Math.Sqrt(covariance[free * layout.FreeCount + free]);

        var p = layout.Items;
        var m = layout.FactorCount;
        var loadings = new List<FactorLoading>();
        var correlations = new List<FactorCorrelation>();
        var residuals = new List<ResidualVariance>();
        foreach (var e in layout.Entries.Where(e => e.Free >= 0))
        {
            switch (e.Kind)
            {
                case ParameterKind.Loading:
                    loadings.Add(new FactorLoading(model.Factors[e.Column].Id, model.ItemIds[e.Row], theta[e.Free], RawError(e.Free),
                        standardized[e.Row], StandardizedError(e.Row)));
                    break;
                case ParameterKind.FactorCovariance:
                    correlations.Add(new FactorCorrelation(model.Factors[e.Column].Id, model.Factors[e.Row].Id, theta[e.Free], RawError(e.Free)));
                    break;
                case ParameterKind.Residual:
                    residuals.Add(new ResidualVariance(model.ItemIds[e.Row], theta[e.Free], RawError(e.Free), theta[e.Free] / mats.Sigma[e.Row * p + e.Row]));
                    break;
            }
        }

        WarnAboutEstimates(model, mats, loadings, residuals, warnings);
        var residualCorrelations = ResidualCorrelations(model, groups[0], mats);
        var modification = covariance is null ? [] : ModificationIndices(ml, theta, covariance);
        return new FactorAnalysis(model, responses.RespondentCount, used, layout.FreeCount, solution.Converged, solution.Iterations, fit,
            loadings, correlations, residuals, residualCorrelations, modification, warnings);
    }

    /// <summary>The responses restricted to the model's items, in the model's order.</summary>
    internal static ItemResponses ModelItems(MeasurementModel model, ItemResponses responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var n = responses.RespondentCount;
        var values = new double[model.ItemIds.Count * n];
        for (var i = 0; i < model.ItemIds.Count; i++)
        {
            var column = responses.ItemIds.ToList().IndexOf(model.ItemIds[i]);
            if (column < 0) throw new ArgumentException($"The responses have no item {model.ItemIds[i]}.", nameof(responses));
            responses.Answers(column).CopyTo(values.AsSpan(i * n, n));
        }

        return new ItemResponses(model.ItemIds, n, values);
    }

    /// <summary>Whether every group has a positive definite covariance matrix; if not, warnings say what is needed.</summary>
    internal static bool CanEstimate(IReadOnlyList<GroupMoments> groups, MeasurementModel model, List<ValidityWarning> warnings)
    {
        var p = model.ItemIds.Count;
        foreach (var g in groups)
        {
            var where = groups.Count > 1 ? $" in group {g.Name}" : "";
            if (g.Count <= p)
            {
                warnings.Add(new ValidityWarning(ValidityWarningCode.TooFewRespondents,
                    $"Only {g.Count} respondent(s){where} answered all {p} items; a factor analysis needs more complete respondents than items (at least {p + 1}), and the usual rule asks for at least {Math.Max(MinimumRespondents, RespondentsPerParameter * model.ParametersPerGroup)}."));
                return false;
            }

            if (DenseAlgebra.Cholesky(g.Covariance, p) is null)
            {
                var constant = Enumerable.Range(0, p).Where(i => !(g.Covariance[i * p + i] > 0)).Select(i => model.ItemIds[i]).ToList();
                warnings.Add(new ValidityWarning(ValidityWarningCode.SampleNotPositiveDefinite, constant.Count > 0
                    ? $"Every complete respondent{where} gave the same answer to {string.Join(", ", constant)}, so the items' covariance matrix is not positive definite and no factor model can be fitted; leave such items out or collect more varied answers."
                    : $"The items' covariance matrix{where} is not positive definite (some item is an exact combination of others), so no factor model can be fitted."));
                return false;
            }
        }

        return true;
    }

    internal static void WarnIfFew(int respondents, int parameters, List<ValidityWarning> warnings, string where = "")
    {
        var needed = Math.Max(MinimumRespondents, RespondentsPerParameter * parameters);
        if (respondents < needed)
            warnings.Add(new ValidityWarning(ValidityWarningCode.FewRespondentsForModel,
                $"The model estimates {parameters} parameters from {respondents} complete respondents{where}; the usual rule asks for at least {RespondentsPerParameter} per parameter and no fewer than {MinimumRespondents}, so about {needed}. Read the figures as provisional."));
    }

    /// <summary>With std.lv the sign of a factor is arbitrary; it is turned so that its loadings sum to a non-negative number.</summary>
    private static double[] OrientFactors(ParameterLayout layout, double[] estimates)
    {
        var theta = (double[])estimates.Clone();
        for (var j = 0; j < layout.FactorCount; j++)
        {
            var sum = layout.Entries.Where(e => e.Kind == ParameterKind.Loading && e.Column == j && e.Free >= 0).Sum(e => theta[e.Free]);
            if (sum >= 0) continue;
            foreach (var e in layout.Entries.Where(e => e.Free >= 0 && (
                         (e.Kind == ParameterKind.Loading && e.Column == j) ||
                         (e.Kind == ParameterKind.FactorCovariance && e.Row != e.Column && (e.Row == j || e.Column == j)))))
                theta[e.Free] = -theta[e.Free];
        }

        return theta;
    }

    /// <summary>std.all values: each item's loading λ·√φ/√σ_ii (item order), then each factor correlation φ_jk/√(φ_jj φ_kk).</summary>
    private static double[] Standardized(MaximumLikelihood ml, double[] theta)
    {
        var mats = ml.Matrices(theta, 0);
        var p = ml.Layout.Items;
        var m = ml.Layout.FactorCount;
        var factorOf = ml.Layout.Model.FactorOf;
        var values = new double[p];
        for (var i = 0; i < p; i++)
        {
            var j = factorOf[i];
            values[i] = mats.Lambda[i * m + j] * Math.Sqrt(mats.Phi[j * m + j]) / Math.Sqrt(mats.Sigma[i * p + i]);
        }

        return values;
    }

    /// <summary>Central-difference Jacobian of the standardized values with respect to the free parameters (row-major).</summary>
    private static double[] Jacobian(MaximumLikelihood ml, double[] theta, int outputs)
    {
        var q = theta.Length;
        var jacobian = new double[outputs * q];
        for (var a = 0; a < q; a++)
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(theta[a]));
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[a] += h;
            down[a] -= h;
            var fu = Standardized(ml, up);
            var fd = Standardized(ml, down);
            for (var o = 0; o < outputs; o++) jacobian[o * q + a] = (fu[o] - fd[o]) / (2 * h);
        }

        return jacobian;
    }

    private static double? DeltaMethod(double[] jacobian, double[] covariance, int output, int q)
    {
        var variance = 0.0;
        for (var a = 0; a < q; a++)
            for (var b = 0; b < q; b++)
                variance += jacobian[output * q + a] * covariance[a * q + b] * jacobian[output * q + b];
        return variance >= 0 ? Math.Sqrt(variance) : null;
    }

    private static void WarnAboutEstimates(MeasurementModel model, GroupMatrices mats, List<FactorLoading> loadings, List<ResidualVariance> residuals,
        List<ValidityWarning> warnings)
    {
        var negative = residuals.Where(r => r.Estimate < 0).Select(r => r.Item).ToList();
        var above = loadings.Where(l => Math.Abs(l.Standardized) > 1).Select(l => l.Item).Except(negative).ToList();
        if (negative.Count + above.Count > 0)
            warnings.Add(new ValidityWarning(ValidityWarningCode.HeywoodCase,
                $"Heywood case: {string.Join(", ", negative.Concat(above))} {(negative.Count + above.Count == 1 ? "has" : "have")} a negative residual variance (a standardized loading above 1), which no real item can have. The model is probably misspecified for {(negative.Count + above.Count == 1 ? "this item" : "these items")} or the sample is too small; do not interpret {(negative.Count + above.Count == 1 ? "its" : "their")} loadings."));

        var m = model.Factors.Count;
        if (m > 1 && DenseAlgebra.Cholesky(mats.Phi, m) is null)
        {
            var pairs = new List<string>();
            for (var j = 0; j < m; j++)
                for (var k = 0; k < j; k++)
                    if (Math.Abs(mats.Phi[j * m + k]) >= 1) pairs.Add($"{model.Factors[k].Id} and {model.Factors[j].Id}");
            warnings.Add(new ValidityWarning(ValidityWarningCode.FactorsNotPositiveDefinite, pairs.Count > 0
                ? $"The factors {string.Join("; ", pairs)} correlate at or beyond 1: the data do not tell them apart, so they may be one factor."
                : "The estimated factor correlations are not a valid correlation matrix: some factors are not distinguishable in these data."));
        }
    }

    private static List<ResidualCorrelation> ResidualCorrelations(MeasurementModel model, GroupMoments sample, GroupMatrices mats)
    {
        var p = model.ItemIds.Count;
        var list = new List<ResidualCorrelation>();
        for (var i = 0; i < p; i++)
            for (var k = 0; k < i; k++)
            {
                var observed = sample.Covariance[i * p + k] / Math.Sqrt(sample.Covariance[i * p + i] * sample.Covariance[k * p + k]);
                var implied = mats.Sigma[i * p + k] / Math.Sqrt(mats.Sigma[i * p + i] * mats.Sigma[k * p + k]);
                var residual = observed - implied;
                if (Math.Abs(residual) <= ResidualCorrelationCutoff) continue;
                string a = model.ItemIds[k], b = model.ItemIds[i];
                var size = Math.Abs(residual).ToString("0.00", CultureInfo.InvariantCulture)[1..];
                list.Add(new ResidualCorrelation(a, b, residual, residual > 0
                    ? $"Items {a} and {b} correlate {size} more than the model explains: they share something their factor{(model.FactorOf[i] == model.FactorOf[k] ? "" : "s")} do{(model.FactorOf[i] == model.FactorOf[k] ? "es" : "")} not (similar wording, or a narrower common theme)."
                    : $"Items {a} and {b} correlate {size} less than the model expects: they agree less than their factor{(model.FactorOf[i] == model.FactorOf[k] ? "" : "s")} would have them."));
            }

        return list.OrderByDescending(r => Math.Abs(r.Residual)).ToList();
    }

    /// <summary>
    /// Score test per parameter held at zero: MI = N·g²/V with g the gradient of F and
    /// V = I_cc − I_cF I_FF⁻¹ I_Fc from the expected information of the model with that parameter added.
    /// </summary>
    private static List<ModificationIndex> ModificationIndices(MaximumLikelihood ml, double[] theta, double[] covariance)
    {
        var layout = ml.Layout;
        var model = layout.Model;
        var candidates = layout.Candidates();
        var (gradient, information) = ml.GradientAndInformation(theta, candidates);
        var q = layout.FreeCount;
        var count = q + candidates.Length;
        var list = new List<ModificationIndex>();
        foreach (var c in candidates)
        {
            var index = c.Free;
            // I_FF⁻¹ is the parameter covariance times N.
            var v = information[index * count + index];
            for (var a = 0; a < q; a++)
            {
                var ia = information[index * count + a];
                if (ia == 0) continue;
                for (var b = 0; b < q; b++) v -= ia * covariance[a * q + b] * ml.Total * information[b * count + index];
            }

            if (!(v > 1e-12)) continue;
            var mi = ml.Total * gradient[index] * gradient[index] / v;
            if (mi <= ModificationIndexCutoff) continue;
            var value = mi.ToString("0.0", CultureInfo.InvariantCulture);
            list.Add(c.Kind == ParameterKind.Loading
                ? new ModificationIndex(ModificationKind.CrossLoading, model.ItemIds[c.Row], model.Factors[c.Column].Id, mi,
                    $"Item {model.ItemIds[c.Row]} also reflects {model.Factors[c.Column].Id}, not only {model.Factors[model.FactorOf[c.Row]].Id} (modification index {value}).")
                : new ModificationIndex(ModificationKind.ResidualCovariance, model.ItemIds[c.Row], model.ItemIds[c.Column], mi,
                    $"Items {model.ItemIds[c.Row]} and {model.ItemIds[c.Column]} share more than their factor{(model.FactorOf[c.Row] == model.FactorOf[c.Column] ? " explains" : "s explain")} (modification index {value})."));
        }

        return list.OrderByDescending(x => x.Value).ToList();
    }
}
