using System.Globalization;
using MathNet.Numerics;
using MentorEval.Core.Reliability;

namespace MentorEval.Core.Validity;

public enum InvarianceLevel
{
    /// <summary>The same items load on the same factors in every group; everything else free.</summary>
    Configural,

    /// <summary>Loadings equal across groups (lavaan <c>group.equal = "loadings"</c>).</summary>
    Metric,

    /// <summary>Loadings and intercepts equal (<c>c("loadings", "intercepts")</c>).</summary>
    Scalar,

    /// <summary>Loadings, intercepts and residual variances equal (<c>c("loadings", "intercepts", "residuals")</c>).</summary>
    Strict,
}

/// <summary>
/// One model of the sequence with its fit, compared with the step before it: the χ² difference test (lavaan's
/// <c>lavTestLRT</c> for ML), ΔCFI and ΔRMSEA. <see cref="Holds"/> is ΔCFI &gt; −.01 (Cheung &amp; Rensvold, 2002);
/// null for the configural model and for a step that could not be estimated.
/// </summary>
public sealed record InvarianceStep(
    InvarianceLevel Level, int FreeParameters, bool Converged, ModelFit? Fit,
    double? ChiSquareDifference, int? DfDifference, double? PDifference, double? DeltaCfi, double? DeltaRmsea, bool? Holds, string Sentence);

/// <summary>A group compared and its complete respondents (those who answered every item of the model).</summary>
public sealed record GroupSize(string Group, int Respondents);

/// <summary>One item's loading or intercept freed across groups on its own, and how much χ² fell (partial invariance).</summary>
public sealed record FreedParameter(InvarianceLevel Level, string Item, double ChiSquare, double ChiSquareDrop, double? Cfi, string Sentence);

/// <summary>
/// Measurement invariance across groups (see docs/psychometrics.md#measurement-invariance): configural, metric,
/// scalar and strict multi-group models, each as lavaan's <c>cfa(model, data, std.lv = TRUE, group = …, group.equal = …)</c>,
/// and, at the first level that fails, each item's parameter freed on its own (<c>group.partial</c>).
/// </summary>
public sealed record MeasurementInvariance(
    MeasurementModel Model,
    IReadOnlyList<GroupSize> Groups,
    IReadOnlyList<InvarianceStep> Steps,
    IReadOnlyList<FreedParameter> Partial,
    InvarianceLevel? Reached,
    string Verdict,
    IReadOnlyList<ValidityWarning> Warnings)
{
    /// <summary>Cheung &amp; Rensvold's (2002) cut-off: a fall in CFI of .01 or more means the added equality does not hold.</summary>
    public const double CfiCutoff = -0.01;

    /// <summary>Below this CFI the configural model is not acceptable (Hu &amp; Bentler's looser guide), and the verdict says so.</summary>
    private const double AcceptableCfi = 0.90;

    /// <param name="groups">Each respondent's group (e.g. role); respondents are grouped by it in order of first appearance.</param>
    /// <param name="groupTitle">What the groups are, for the sentences (e.g. "role").</param>
    public static MeasurementInvariance Test(MeasurementModel model, ItemResponses responses, IReadOnlyList<string> groups, string groupTitle = "group")
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(groups);
        var ordered = ConfirmatoryFactorAnalysis.ModelItems(model, responses);
        if (groups.Count != ordered.RespondentCount)
            throw new ArgumentException($"{groups.Count} group labels for {ordered.RespondentCount} respondents.", nameof(groups));
        var names = groups.Distinct(StringComparer.Ordinal).ToList();
        var moments = GroupMoments.Listwise(ordered, groups, names);
        var warnings = new List<ValidityWarning>();
        var sizes = moments.Select(g => new GroupSize(g.Name, g.Count)).ToList();
        if (names.Count < 2)
        {
            warnings.Add(new ValidityWarning(ValidityWarningCode.TooFewRespondents,
                $"All respondents are in one {groupTitle} ({(names.Count == 0 ? "none" : names[0])}); invariance needs at least two groups to compare."));
            return new MeasurementInvariance(model, sizes, [], [], null, "Invariance could not be tested: there is only one group.", warnings);
        }

        if (!ConfirmatoryFactorAnalysis.CanEstimate(moments, model, warnings))
            return new MeasurementInvariance(model, sizes, [], [], null, "Invariance could not be tested: " + warnings[^1].Message, warnings);
        foreach (var g in moments)
            ConfirmatoryFactorAnalysis.WarnIfFew(g.Count, model.ParametersPerGroup, warnings, $" in {groupTitle} {g.Name}");

        var steps = new List<InvarianceStep>();
        var fits = new List<Estimated>();
        foreach (var level in Enum.GetValues<InvarianceLevel>())
        {
            var estimated = Estimate(model, moments, EqualitiesOf(level, null, null));
            fits.Add(estimated);
            steps.Add(Step(level, estimated, fits.Count > 1 ? fits[^2] : null, groupTitle));
        }

        foreach (var s in steps.Where(s => !s.Converged))
            warnings.Add(new ValidityWarning(ValidityWarningCode.NotConverged, $"The {Name(s.Level)} model did not converge; its figures cannot be trusted."));

        var reached = (InvarianceLevel?)null;
        foreach (var s in steps)
        {
            if (s.Fit is null || (s.Level != InvarianceLevel.Configural && s.Holds != true)) break;
            reached = s.Level;
        }

        var failing = steps.FirstOrDefault(s => s.Holds == false && s.Level is InvarianceLevel.Metric or InvarianceLevel.Scalar);
        var partial = failing is null ? [] : FreeOneAtATime(model, moments, failing.Level, fits[(int)failing.Level]);
        return new MeasurementInvariance(model, sizes, steps, partial, reached, VerdictOf(steps, reached, partial, groupTitle), warnings);
    }

    private sealed record Estimated(ParameterLayout Layout, MaximumLikelihoodSolution Solution, ModelFit? Fit);

    private static Estimated Estimate(MeasurementModel model, IReadOnlyList<GroupMoments> moments, Equalities equal)
    {
        var layout = ParameterLayout.Build(model, moments.Count, meanStructure: true, equal);
        var ml = new MaximumLikelihood(layout, moments);
        var solution = ml.Fit(ml.Start());
        var fit = double.IsInfinity(solution.MinimumDiscrepancy) ? null : ModelFit.From(ml, solution.Estimates, solution.MinimumDiscrepancy);
        return new Estimated(layout, solution, fit);
    }

    private static Equalities EqualitiesOf(InvarianceLevel level, string? freedLoading, string? freedIntercept) => new(
        level >= InvarianceLevel.Metric, level >= InvarianceLevel.Scalar, level >= InvarianceLevel.Strict,
        freedLoading is null ? new HashSet<string>() : new HashSet<string> { freedLoading },
        freedIntercept is null ? new HashSet<string>() : new HashSet<string> { freedIntercept });

    private static InvarianceStep Step(InvarianceLevel level, Estimated model, Estimated? previous, string groupTitle)
    {
        var fit = model.Fit;
        if (fit is null)
            return new InvarianceStep(level, model.Layout.FreeCount, false, null, null, null, null, null, null, null,
                $"The {Name(level)} model could not be estimated.");
        if (previous?.Fit is not { } before)
            return new InvarianceStep(level, model.Layout.FreeCount, model.Solution.Converged, fit, null, null, null, null, null, null,
                $"The same factor structure in every {groupTitle} (configural model) fits with CFI {Three(fit.Cfi)} and RMSEA {Three(fit.Rmsea)} " +
                $"(commonly read as good at CFI ≥ .95 and RMSEA ≤ .06, Hu & Bentler 1999; acceptable at CFI ≥ .90 and RMSEA ≤ .08).");

        var difference = Math.Max(0, fit.ChiSquare - before.ChiSquare);
        var df = fit.Df - before.Df;
        double? p = df > 0 ? 1 - SpecialFunctions.GammaLowerRegularized(df / 2.0, difference / 2) : null;
        var deltaCfi = fit.Cfi - before.Cfi;
        var deltaRmsea = fit.Rmsea - before.Rmsea;
        var holds = deltaCfi is { } d ? d > CfiCutoff : (bool?)null;
        var what = level switch
        {
            InvarianceLevel.Metric => "Equal loadings (metric invariance)",
            InvarianceLevel.Scalar => "Equal intercepts (scalar invariance)",
            _ => "Equal residual variances (strict invariance)",
        };
        var sentence = $"{what} {(holds == true ? "hold" : "do not hold")}: CFI changes by {Signed(deltaCfi)} " +
                       $"({(holds == true ? "within" : "beyond")} the −.01 cut-off of Cheung & Rensvold, 2002), RMSEA by {Signed(deltaRmsea)}, " +
                       $"χ²({df}) difference = {difference.ToString("0.00", CultureInfo.InvariantCulture)}, p {P(p)}.";
        return new InvarianceStep(level, model.Layout.FreeCount, model.Solution.Converged, fit, difference, df, p, deltaCfi, deltaRmsea, holds, sentence);
    }

    /// <summary>Each item's loading (metric) or intercept (scalar) freed on its own, largest fall in χ² first.</summary>
    private static List<FreedParameter> FreeOneAtATime(MeasurementModel model, IReadOnlyList<GroupMoments> moments, InvarianceLevel level, Estimated constrained)
    {
        var list = new List<FreedParameter>();
        var before = constrained.Fit!.ChiSquare;
        foreach (var item in model.ItemIds)
        {
            var estimated = Estimate(model, moments, level == InvarianceLevel.Metric
                ? EqualitiesOf(level, item, null)
                : EqualitiesOf(level, null, item));
            if (estimated.Fit is not { } fit || !estimated.Solution.Converged) continue;
            var drop = before - fit.ChiSquare;
            var what = level == InvarianceLevel.Metric ? "loading" : "intercept";
            list.Add(new FreedParameter(level, item, fit.ChiSquare, drop, fit.Cfi,
                $"Freeing the {what} of {item} lowers χ² by {drop.ToString("0.0", CultureInfo.InvariantCulture)} (CFI {Three(fit.Cfi)})."));
        }

        return list.OrderByDescending(f => f.ChiSquareDrop).ToList();
    }

    private static string VerdictOf(List<InvarianceStep> steps, InvarianceLevel? reached, List<FreedParameter> partial, string groupTitle)
    {
        var meaning = reached switch
        {
            null => $"the factor structure itself could not be estimated in every {groupTitle}",
            InvarianceLevel.Configural => $"each {groupTitle} has the same factors, but the items weigh differently, so scale scores are not comparable across {groupTitle}s",
            InvarianceLevel.Metric => $"the items relate to their factors alike in every {groupTitle}, so correlations can be compared, but mean differences between {groupTitle}s may come from the items rather than the factors",
            InvarianceLevel.Scalar => $"scale means can be compared across {groupTitle}s",
            _ => $"scale means and observed score variances can be compared across {groupTitle}s",
        };
        var verdict = reached is null
            ? $"Invariance could not be judged: {meaning}."
            : $"Invariance holds up to the {Name(reached.Value)} level (ΔCFI > −.01 at each step, Cheung & Rensvold 2002): {meaning}.";
        if (steps[0].Fit?.Cfi is { } configural && configural < AcceptableCfi)
            verdict += $" But the configural model itself fits poorly (CFI {Three(configural)}, below .90): the factor structure is in doubt in every {groupTitle}, so equal parameters of a poorly fitting model are weak evidence.";
        if (partial.Count > 0)
        {
            var best = partial[0];
            verdict += $" The {(best.Level == InvarianceLevel.Metric ? "loading" : "intercept")} of {best.Item} differs most between {groupTitle}s: freeing it lowers χ² by {best.ChiSquareDrop.ToString("0.0", CultureInfo.InvariantCulture)}.";
        }

        return verdict;
    }

    internal static string Name(InvarianceLevel level) => level.ToString().ToLowerInvariant();

    private static string Three(double? value) => value is { } v ? Trim(v.ToString("0.000", CultureInfo.InvariantCulture)) : "—";

    private static string Signed(double? value)
    {
        if (value is not { } v) return "—";
        var size = Trim(Math.Abs(v).ToString("0.000", CultureInfo.InvariantCulture));
        // A change that rounds to nothing gets no sign.
        return size == ".000" ? size : (v < 0 ? "−" : "+") + size;
    }

    private static string P(double? p) => p is not { } v ? "—" : v < 0.001 ? "< .001" : "= " + Trim(v.ToString("0.000", CultureInfo.InvariantCulture));

    private static string Trim(string number) => number.StartsWith("0.", StringComparison.Ordinal) ? number[1..] : number;
}
