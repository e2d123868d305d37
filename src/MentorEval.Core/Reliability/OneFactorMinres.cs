using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace MentorEval.Core.Reliability;

/// <summary>
/// A one-factor minimum-residual (minres) solution of a correlation matrix R, as psych's
/// <c>fa(R, 1, fm = "minres")</c> sets it up: the uniquenesses ψ are chosen to minimise the sum of
/// squared off-diagonal residuals of R − λλᵀ, where λ is the first principal axis of R with
/// 1 − ψ on the diagonal, and each ψᵢ is kept within [0.005, max(1, smc)].
/// </summary>
internal sealed record OneFactorMinres(double[] Loadings, int[] ItemsAtCommunalityBound)
{
    // psych's bounds on the uniquenesses: an item may not be explained beyond 99.5%.
    private const double MinUniqueness = 0.005;
    private const double BoundSlack = 1e-12;
    private const double GradientTolerance = 1e-13;
    private const double DifferenceStep = 1e-6;
    private const int MaxIterations = 200;

    public static OneFactorMinres Fit(double[,] correlation)
    {
        var k = correlation.GetLength(0);
        var r = Matrix<double>.Build.DenseOfArray(correlation);
        var smc = SquaredMultipleCorrelations.Of(correlation);
        var bounds = new Bounds(MinUniqueness, Math.Max(1, smc.Max()));

        // psych starts from the squared multiple correlations as communalities.
        var start = Vector<double>.Build.Dense(k, i => bounds.Clamp(1 - smc[i]));
        var uniquenesses = ProjectedNewton(r, start, bounds);

        var (value, vector, _) = FirstAxis(r, uniquenesses);
        var scale = Math.Sqrt(Math.Max(value, 0));
        var loadings = vector.Select(v => v * scale).ToArray();

        // The sign of an eigenvector is arbitrary; psych turns the factor so the loadings sum to ≥ 0.
        // When they sum to zero up to rounding, the first clearly non-zero loading decides instead.
        var sum = loadings.Sum();
        var size = loadings.Sum(Math.Abs);
        var tieBreaker = loadings.FirstOrDefault(l => Math.Abs(l) > 1e-8 * size);
        if (sum < -1e-10 * size || (Math.Abs(sum) <= 1e-10 * size && tieBreaker < 0))
            loadings = loadings.Select(l => -l).ToArray();
        var atBound = Enumerable.Range(0, k).Where(i => uniquenesses[i] <= bounds.Lower + BoundSlack).ToArray();
        return new OneFactorMinres(loadings, atBound);
    }

    /// <summary>
    /// ω_t = (V − Σuᵢ)/V with uᵢ = 1 − λᵢ², as psych's <c>omega(x, nfactors = 1)$omega.tot</c>: V is the
    /// sum of R after turning items with a negative loading around, as omega's <c>flip</c> does.
    /// </summary>
    public double OmegaTotal(double[,] correlation)
    {
        var sign = Loadings.Select(l => l < 0 ? -1.0 : 1.0).ToArray();
        double total = 0, uniqueness = 0;
        for (var i = 0; i < Loadings.Length; i++)
        {
            uniqueness += 1 - Loadings[i] * Loadings[i];
            for (var j = 0; j < Loadings.Length; j++)
                total += sign[i] * sign[j] * correlation[i, j];
        }

        // Correlations that cancel to nothing leave no total variance to explain.
        return Math.Abs(total) <= 1e-12 * Loadings.Length ? double.NaN : (total - uniqueness) / total;
    }

    /// <summary>
    /// f(ψ) = Σ_{i&lt;j} (Rᵢⱼ − μ vᵢ vⱼ)², with (μ, v) the leading eigenpair of R with 1 − ψ on the
    /// diagonal, and its exact gradient from first-order eigen-perturbation:
    /// ∂f/∂ψₖ = vₖ² vᵀEv + 2μ vₖ Σ_{m≠1} vₘₖ (vₘᵀEv)/(μ − μₘ), E the off-diagonal residuals.
    /// </summary>
    private static (double Value, Vector<double> Gradient) ResidualsAndGradient(Matrix<double> r, Vector<double> psi)
    {
        var k = r.RowCount;
        var (mu, v, evd) = FirstAxis(r, psi);
        mu = Math.Max(mu, 0);
        var residual = Matrix<double>.Build.Dense(k, k);
        var f = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                if (i == j)
                    continue;
                var e = r[i, j] - mu * v[i] * v[j];
                residual[i, j] = e;
                if (i < j)
                    f += e * e;
            }
        }

        var ev = residual * v;
        var along = v.DotProduct(ev);
        var values = evd.EigenValues;
        var vectors = evd.EigenVectors;
        var top = TopIndex(evd);
        var across = Vector<double>.Build.Dense(k);
        for (var m = 0; m < k; m++)
        {
            var gap = mu - values[m].Real;
            if (m == top || gap <= 0)
                continue;
            across += vectors.Column(m) * (vectors.Column(m).DotProduct(ev) / gap);
        }

        var gradient = Vector<double>.Build.Dense(k, i => v[i] * v[i] * along + 2 * mu * v[i] * across[i]);
        return (f, gradient);
    }

    /// <summary>
    /// Bertsekas' projected Newton method for a box: Newton steps (finite-difference Hessian of the
    /// exact gradient, made positive definite) on the uniquenesses that are free, while those held at
    /// a bound by the gradient stay there; an Armijo search along the projected path keeps every step
    /// a descent. It converges far tighter than psych's L-BFGS-B defaults, so the answer does not
    /// drift with rounding (such as the order the respondents came in).
    /// </summary>
    private static Vector<double> ProjectedNewton(Matrix<double> r, Vector<double> start, Bounds bounds)
    {
        var k = start.Count;
        var x = start;
        var (f, g) = ResidualsAndGradient(r, x);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var held = new bool[k];
            var largestFreeSlope = 0.0;
            for (var i = 0; i < k; i++)
            {
                held[i] = (x[i] <= bounds.Lower + BoundSlack && g[i] > 0) || (x[i] >= bounds.Upper - BoundSlack && g[i] < 0);
                if (!held[i])
                    largestFreeSlope = Math.Max(largestFreeSlope, Math.Abs(g[i]));
            }

            if (largestFreeSlope <= GradientTolerance)
                break;

            var direction = NewtonDirection(r, x, g, held);
            var step = 1.0;
            Vector<double> next;
            double nextF;
            while (true)
            {
                next = (x - step * direction).Map(bounds.Clamp);
                nextF = ResidualsAndGradient(r, next).Value;
                if (nextF <= f + 1e-4 * g.DotProduct(next - x) || step < 1e-20)
                    break;
                step /= 2;
            }

            if (nextF > f || (next - x).AbsoluteMaximum() <= 1e-15)
                break;
            x = next;
            (f, g) = ResidualsAndGradient(r, x);
        }

        return x;
    }

    private static Vector<double> NewtonDirection(Matrix<double> r, Vector<double> x, Vector<double> g, bool[] held)
    {
        var free = Enumerable.Range(0, x.Count).Where(i => !held[i]).ToArray();

        // Flip and floor the curvatures so the step always points downhill.
        var evd = FreeHessian(r, x, free).Evd(Symmetricity.Symmetric);
        var curvatures = evd.EigenValues.Select(c => Math.Abs(c.Real)).ToArray();
        var floor = Math.Max(curvatures.DefaultIfEmpty(0).Max() * 1e-10, 1e-14);
        var freeSlope = Vector<double>.Build.Dense(free.Length, a => g[free[a]]);
        var rotated = evd.EigenVectors.TransposeThisAndMultiply(freeSlope);
        for (var m = 0; m < rotated.Count; m++)
            rotated[m] /= Math.Max(curvatures[m], floor);
        var freeStep = evd.EigenVectors * rotated;

        var direction = g.Clone();
        for (var a = 0; a < free.Length; a++)
            direction[free[a]] = freeStep[a];
        return direction;
    }

    /// <summary>Second derivatives of f in the free uniquenesses: central differences of the exact gradient, symmetrised.</summary>
    private static Matrix<double> FreeHessian(Matrix<double> r, Vector<double> x, int[] free)
    {
        var hessian = Matrix<double>.Build.Dense(free.Length, free.Length);
        for (var a = 0; a < free.Length; a++)
        {
            var shift = Vector<double>.Build.Dense(x.Count);
            shift[free[a]] = DifferenceStep;
            var slope = (ResidualsAndGradient(r, x + shift).Gradient - ResidualsAndGradient(r, x - shift).Gradient) / (2 * DifferenceStep);
            for (var b = 0; b < free.Length; b++)
                hessian[a, b] = slope[free[b]];
        }

        return (hessian + hessian.Transpose()) / 2;
    }

    private sealed record Bounds(double Lower, double Upper)
    {
        public double Clamp(double value) => Math.Clamp(value, Lower, Upper);
    }

    private static (double Value, Vector<double> Vector, Evd<double> Evd) FirstAxis(Matrix<double> r, Vector<double> psi)
    {
        var reduced = r.Clone();
        for (var i = 0; i < r.RowCount; i++)
            reduced[i, i] = 1 - psi[i];
        var evd = reduced.Evd(Symmetricity.Symmetric);
        var top = TopIndex(evd);
        return (evd.EigenValues[top].Real, evd.EigenVectors.Column(top), evd);
    }

    private static int TopIndex(Evd<double> evd)
    {
        var top = 0;
        for (var m = 1; m < evd.EigenValues.Count; m++)
        {
            if (evd.EigenValues[m].Real > evd.EigenValues[top].Real)
                top = m;
        }

        return top;
    }
}
