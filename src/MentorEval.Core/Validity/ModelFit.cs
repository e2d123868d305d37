using MathNet.Numerics;

namespace MentorEval.Core.Validity;

/// <summary>
/// How well the model reproduces the items' covariances (and means), each index as lavaan's <c>fitMeasures()</c>
/// defines it for <c>estimator = "ML"</c> (see docs/psychometrics.md#fit-indices). Indices that a model with no
/// degrees of freedom cannot have are null.
/// </summary>
/// <param name="ChiSquare">2·N·F, lavaan's <c>chisq</c>.</param>
/// <param name="Df">Sample moments minus free parameters.</param>
/// <param name="PValue">Upper tail of χ²(df); null when df = 0.</param>
/// <param name="Cfi">1 − max(χ² − df, 0) / max(χ² − df, χ²_b − df_b, 0), against the independence model.</param>
/// <param name="Tli">(χ²_b/df_b − χ²/df) / (χ²_b/df_b − 1).</param>
/// <param name="Rmsea">√max(χ²/(N·df) − 1/N, 0) · √G.</param>
/// <param name="RmseaLower">90% interval of RMSEA from the noncentral χ².</param>
/// <param name="RmseaPClose">P(RMSEA ≤ .05): the test of close fit.</param>
/// <param name="Srmr">Root mean square of the residual correlations (and standardized mean residuals), Bentler's form.</param>
/// <param name="BaselineChiSquare">χ² of the independence model (free variances and means, no covariances).</param>
public sealed record ModelFit(
    double ChiSquare, int Df, double? PValue, double? Cfi, double? Tli, double? Rmsea, double? RmseaLower, double? RmseaUpper, double? RmseaPClose,
    double Srmr, double BaselineChiSquare, int BaselineDf)
{
    internal static ModelFit From(MaximumLikelihood ml, double[] theta, double discrepancy)
    {
        var groups = ml.Groups;
        var layout = ml.Layout;
        var p = layout.Items;
        var n = ml.Total;
        var g = groups.Count;
        var moments = g * (p * (p + 1) / 2 + (layout.MeanStructure ? p : 0));
        var df = moments - layout.FreeCount;
        var chi = Math.Max(0, 2 * n * discrepancy);

        // Independence model: log|diag S| − log|S| per group, weighted by its respondents.
        var baseline = 0.0;
        foreach (var group in groups)
        {
            var logDiagonal = 0.0;
            for (var i = 0; i < p; i++) logDiagonal += Math.Log(group.Covariance[i * p + i]);
            baseline += group.Count * (logDiagonal - DenseAlgebra.LogDeterminant(DenseAlgebra.Cholesky(group.Covariance, p)!, p));
        }

        var baselineDf = g * p * (p - 1) / 2;
        var srmr = 0.0;
        for (var k = 0; k < g; k++) srmr += (double)groups[k].Count / n * GroupSrmr(groups[k], ml.Matrices(theta, k), layout.MeanStructure);

        if (df <= 0)
            return new ModelFit(chi, df, null, null, null, null, null, null, null, srmr, baseline, baselineDf);

        var pValue = 1 - SpecialFunctions.GammaLowerRegularized(df / 2.0, chi / 2);
        var denominator = Math.Max(Math.Max(chi - df, baseline - baselineDf), 0);
        double? cfi = denominator == 0 ? 1 : 1 - Math.Max(chi - df, 0) / denominator;
        var tliValue = (baseline / baselineDf - chi / df) / (baseline / baselineDf - 1);
        double? tli = double.IsFinite(tliValue) ? tliValue : null;
        var rmsea = Math.Sqrt(Math.Max(chi / n / df - 1.0 / n, 0)) * Math.Sqrt(g);
        var lower = Math.Sqrt(NoncentralChiSquare.NoncentralityFor(chi, df, 0.95) / (n * (double)df)) * Math.Sqrt(g);
        var upper = Math.Sqrt(NoncentralChiSquare.NoncentralityFor(chi, df, 0.05) / (n * (double)df)) * Math.Sqrt(g);
        var pClose = 1 - NoncentralChiSquare.Cdf(chi, df, n * df * 0.05 * 0.05 / g);
        return new ModelFit(chi, df, pValue, cfi, tli, rmsea, lower, upper, pClose, srmr, baseline, baselineDf);
    }

    /// <summary>Residuals scaled by the observed standard deviations (lavaan's <c>srmr_bentler</c>), over the lower triangle with the diagonal.</summary>
    private static double GroupSrmr(GroupMoments group, GroupMatrices mats, bool meanStructure)
    {
        var p = group.ItemCount;
        var sum = 0.0;
        for (var i = 0; i < p; i++)
            for (var j = 0; j <= i; j++)
            {
                var r = (group.Covariance[i * p + j] - mats.Sigma[i * p + j]) /
                        Math.Sqrt(group.Covariance[i * p + i] * group.Covariance[j * p + j]);
                sum += r * r;
            }

        var count = p * (p + 1) / 2;
        if (meanStructure)
        {
            for (var i = 0; i < p; i++)
            {
                var r = (group.Means[i] - mats.Mu[i]) / Math.Sqrt(group.Covariance[i * p + i]);
                sum += r * r;
            }

            count += p;
        }

        return Math.Sqrt(sum / count);
    }
}
