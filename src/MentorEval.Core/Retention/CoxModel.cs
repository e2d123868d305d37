using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MentorEval.Core.Statistics;

namespace MentorEval.Core.Retention;

/// <summary>
/// A Cox proportional-hazards model of early closure, as <c>coxph(Surv(months, closed) ~ covariates, ties =
/// "efron")</c>: pairs with a missing covariate are left out (R's na.omit), Newton–Raphson from β = 0 with step halving,
/// and the proportional-hazards check of <c>cox.zph</c>. <see cref="Converged"/> is false when the likelihood keeps
/// rising as a coefficient grows without bound (a covariate that separates closed from running pairs); its figures
/// are then not estimates and are not shown.
/// </summary>
public sealed record CoxModel(
    IReadOnlyList<string> CovariateNames,
    int Pairs,
    int Closures,
    int LeftOut,
    bool Converged,
    IReadOnlyList<HazardRatio> HazardRatios,
    double LogLikelihoodNull,
    double LogLikelihood,
    ChiSquareTest LikelihoodRatio,
    ProportionalHazardsCheck? ProportionalHazards)
{
    private const int MaxIterations = 30;

    public static CoxModel Fit(IReadOnlyList<CoxObservation> observations, IReadOnlyList<string> covariateNames)
    {
        var p = covariateNames.Count;
        var rows = observations.Where(o => o.Covariates.All(double.IsFinite)).OrderByDescending(o => o.Months).ToList();
        var leftOut = observations.Count - rows.Count;
        // Centred covariates, as coxph: the same β, without overflow in exp(η) for covariates far from zero.
        var means = Enumerable.Range(0, p).Select(j => rows.Count == 0 ? 0 : rows.Average(r => r.Covariates[j])).ToArray();
        var x = rows.Select(r => Enumerable.Range(0, p).Select(j => r.Covariates[j] - means[j]).ToArray()).ToArray();
        var data = new Data(rows.Select(r => r.Months).ToArray(), rows.Select(r => r.ClosedEarly).ToArray(), x, p);

        var beta = Vector<double>.Build.Dense(p);
        var current = data.Evaluate(beta, null);
        var logLikNull = current.LogLik;
        var converged = false;
        for (var iteration = 0; iteration < MaxIterations && p > 0; iteration++)
        {
            Vector<double> step;
            try
            {
                step = current.Information.Solve(current.Score);
            }
            catch (Exception)
            {
                break;
            }

            if (!step.All(double.IsFinite)) break;
            var next = beta + step;
            var trial = data.Evaluate(next, null);
            // Step halving, as coxph: a step that lowers the likelihood overshot.
            for (var halving = 0; halving < 20 && !(trial.LogLik >= current.LogLik - 1e-12); halving++)
            {
                step /= 2;
                next = beta + step;
                trial = data.Evaluate(next, null);
            }

            var change = Math.Abs(trial.LogLik - current.LogLik);
            beta = next;
            current = trial;
            if (step.AbsoluteMaximum() < 1e-10 || change < 1e-13 * Math.Max(1, Math.Abs(trial.LogLik)))
            {
                converged = true;
                break;
            }
        }

        if (p == 0) converged = true;
        // A coefficient still growing after the iterations (monotone likelihood) has no finite estimate.
        if (converged && beta.Any(b => Math.Abs(b) > 25)) converged = false;
        var z95 = Normal.InvCDF(0, 1, (1 + Probability.Confidence) / 2);
        var ratios = new List<HazardRatio>();
        ProportionalHazardsCheck? check = null;
        if (converged && p > 0)
        {
            var variance = current.Information.Inverse();
            for (var j = 0; j < p; j++)
            {
                var se = Math.Sqrt(variance[j, j]);
                var z = beta[j] / se;
                ratios.Add(new HazardRatio(covariateNames[j], beta[j], se, Math.Exp(beta[j]), Math.Exp(beta[j] - z95 * se), Math.Exp(beta[j] + z95 * se),
                    z, 2 * Normal.CDF(0, 1, -Math.Abs(z))));
            }

            check = data.ZphCheck(beta, covariateNames);
        }

        var lr = converged ? 2 * (current.LogLik - logLikNull) : double.NaN;
        return new CoxModel(covariateNames, rows.Count, rows.Count(r => r.ClosedEarly), leftOut, converged, ratios, logLikNull, current.LogLik,
            ChiSquareTest.Of("likelihood ratio", lr, p), check);
    }

    private sealed record Evaluation(double LogLik, Vector<double> Score, Matrix<double> Information);

    /// <summary>The pairs sorted by time, longest first, so each risk set is a running sum.</summary>
    private sealed class Data(double[] times, bool[] events, double[][] x, int p)
    {
        /// <summary>
        /// Efron's partial log-likelihood, score and information at β. When <paramref name="perTime"/> is given, each
        /// event time's score and information contributions are handed to it too (what cox.zph weighs by g(t)).
        /// </summary>
        public Evaluation Evaluate(Vector<double> beta, Action<double, Vector<double>, Matrix<double>>? perTime)
        {
            var n = times.Length;
            var logLik = 0.0;
            var score = Vector<double>.Build.Dense(p);
            var information = Matrix<double>.Build.Dense(p, p);
            double s0 = 0;
            var s1 = new double[p];
            var s2 = new double[p, p];
            var i = 0;
            while (i < n)
            {
                var t = times[i];
                double d0 = 0;
                var d1 = new double[p];
                var d2 = new double[p, p];
                var deaths = 0;
                var sumX = new double[p];

                for (; i < n && times[i] == t; i++)
                {
                    var eta = 0.0;
                    for (var j = 0; j < p; j++) eta += beta[j] * x[i][j];
                    var risk = Math.Exp(eta);
                    s0 += risk;
                    for (var j = 0; j < p; j++)
                    {
                        s1[j] += risk * x[i][j];
                        for (var k = 0; k < p; k++) s2[j, k] += risk * x[i][j] * x[i][k];
                    }

                    if (!events[i]) continue;
                    deaths++;
                    logLik += eta;
                    d0 += risk;
                    for (var j = 0; j < p; j++)
                    {
                        sumX[j] += x[i][j];
                        d1[j] += risk * x[i][j];
                        for (var k = 0; k < p; k++) d2[j, k] += risk * x[i][j] * x[i][k];
                    }
                }

                if (deaths == 0) continue;
                var r = Vector<double>.Build.Dense(sumX);
                var c = Matrix<double>.Build.Dense(p, p);
                for (var m = 0; m < deaths; m++)
                {
                    // Efron: the tied closures leave the risk set a fraction at a time.
                    var f = (double)m / deaths;
                    var den = s0 - f * d0;
                    logLik -= Math.Log(den);
                    var a = new double[p];
                    for (var j = 0; j < p; j++) a[j] = (s1[j] - f * d1[j]) / den;
                    for (var j = 0; j < p; j++)
                    {
                        r[j] -= a[j];
                        for (var k = 0; k < p; k++) c[j, k] += (s2[j, k] - f * d2[j, k]) / den - a[j] * a[k];
                    }
                }

                score += r;
                information += c;
                perTime?.Invoke(t, r, c);
            }

            return new Evaluation(logLik, score, information);
        }

        /// <summary>
        /// cox.zph's score test at the fitted β for adding x·g(t) terms, g = 1 − the left-continuous Kaplan–Meier of all
        /// the model's pairs, centred on its mean over the closures; per covariate (its own term with every β) and global.
        /// </summary>
        public ProportionalHazardsCheck ZphCheck(Vector<double> beta, IReadOnlyList<string> names)
        {
            var g = KmTransform();
            var u = Vector<double>.Build.Dense(p);
            var i11 = Matrix<double>.Build.Dense(p, p);
            var i12 = Matrix<double>.Build.Dense(p, p);
            var i22 = Matrix<double>.Build.Dense(p, p);
            Evaluate(beta, (t, r, c) =>
            {
                var gt = g[t];
                u += gt * r;
                i11 += c;
                i12 += gt * c;
                i22 += gt * gt * c;
            });

            var full = Matrix<double>.Build.Dense(2 * p, 2 * p);
            full.SetSubMatrix(0, 0, i11);
            full.SetSubMatrix(0, p, i12);
            full.SetSubMatrix(p, 0, i12.Transpose());
            full.SetSubMatrix(p, p, i22);
            var covariates = new List<ChiSquareTest>();
            for (var j = 0; j < p; j++)
            {
                var keep = Enumerable.Range(0, p).Append(p + j).ToArray();
                var sub = Matrix<double>.Build.Dense(p + 1, p + 1, (a, b) => full[keep[a], keep[b]]);
                var uj = Vector<double>.Build.Dense(p + 1);
                uj[p] = u[j];
                covariates.Add(ChiSquareTest.Of(names[j], sub.Solve(uj).DotProduct(uj), 1));
            }

            var all = Vector<double>.Build.Dense(2 * p);
            for (var j = 0; j < p; j++) all[p + j] = u[j];
            return new ProportionalHazardsCheck(covariates, ChiSquareTest.Of("GLOBAL", full.Solve(all).DotProduct(all), p));
        }

        /// <summary>g(t) for each closure time: 1 − S(t−) from the Kaplan–Meier of the model's pairs, minus its mean over closures.</summary>
        private Dictionary<double, double> KmTransform()
        {
            var ascending = times.Select((t, i) => (t, e: events[i])).OrderBy(z => z.t).ToList();
            var atRisk = ascending.Count;
            var survival = 1.0;
            var before = new Dictionary<double, double>();
            foreach (var group in ascending.GroupBy(z => z.t))
            {
                before[group.Key] = 1 - survival;
                var d = group.Count(z => z.e);
                if (d > 0) survival *= 1 - (double)d / atRisk;
                atRisk -= group.Count();
            }

            var mean = ascending.Where(z => z.e).Average(z => before[z.t]);
            return before.ToDictionary(b => b.Key, b => b.Value - mean);
        }
    }
}
