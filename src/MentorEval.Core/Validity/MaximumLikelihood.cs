namespace MentorEval.Core.Validity;

/// <summary>The model matrices of one group at given parameter values, with the implied covariance and means.</summary>
internal sealed class GroupMatrices
{
    public required double[] Lambda { get; init; }   // p × m
    public required double[] Phi { get; init; }      // m × m
    public required double[] Theta { get; init; }    // p × p
    public required double[] Nu { get; init; }       // p
    public required double[] Alpha { get; init; }    // m
    public required double[] Sigma { get; init; }    // p × p
    public required double[] Mu { get; init; }       // p
}

/// <summary>What the optimiser ended with.</summary>
internal sealed record MaximumLikelihoodSolution(
    double[] Estimates, double MinimumDiscrepancy, bool Converged, int Iterations, double[]? Information, double[]? Covariance);

/// <summary>
/// Maximum likelihood for a (multi-group) factor model, minimised by Fisher scoring with an analytic gradient and
/// the expected information (see docs/psychometrics.md#confirmatory-factor-analysis). The discrepancy is lavaan's:
/// F = Σ_g (n_g/N) · ½ [log|Σ_g| + tr(S_g Σ_g⁻¹) − log|S_g| − p + (ȳ_g − μ_g)ᵀ Σ_g⁻¹ (ȳ_g − μ_g)], so χ² = 2·N·F.
/// </summary>
internal sealed class MaximumLikelihood
{
    private const int MaxIterations = 500;
    private readonly double[] logDetS;

    public MaximumLikelihood(ParameterLayout layout, IReadOnlyList<GroupMoments> groups)
    {
        Layout = layout;
        Groups = groups;
        Total = groups.Sum(g => g.Count);
        logDetS = groups.Select(g => DenseAlgebra.LogDeterminant(DenseAlgebra.Cholesky(g.Covariance, g.ItemCount)!, g.ItemCount)).ToArray();
    }

    public ParameterLayout Layout { get; }

    public IReadOnlyList<GroupMoments> Groups { get; }

    public int Total { get; }

    private int P => Layout.Items;

    private int M => Layout.FactorCount;

    private double Weight(int g) => (double)Groups[g].Count / Total;

    public GroupMatrices Matrices(double[] theta, int g)
    {
        int p = P, m = M;
        var lambda = new double[p * m];
        var phi = new double[m * m];
        var th = new double[p * p];
        var nu = new double[p];
        var alpha = new double[m];
        foreach (var e in Layout.Entries)
        {
            if (e.Group != g) continue;
            var v = e.Free >= 0 ? theta[e.Free] : e.Value;
            switch (e.Kind)
            {
                case ParameterKind.Loading: lambda[e.Row * m + e.Column] = v; break;
                case ParameterKind.FactorCovariance: phi[e.Row * m + e.Column] = phi[e.Column * m + e.Row] = v; break;
                case ParameterKind.Residual: th[e.Row * p + e.Column] = th[e.Column * p + e.Row] = v; break;
                case ParameterKind.Intercept: nu[e.Row] = v; break;
                case ParameterKind.FactorMean: alpha[e.Row] = v; break;
            }
        }

        // Σ = ΛΦΛᵀ + Θ and μ = ν + Λα.
        var lambdaPhi = new double[p * m];
        for (var a = 0; a < p; a++)
            for (var l = 0; l < m; l++)
            {
                var s = 0.0;
                for (var k = 0; k < m; k++) s += lambda[a * m + k] * phi[k * m + l];
                lambdaPhi[a * m + l] = s;
            }

        var sigma = new double[p * p];
        for (var a = 0; a < p; a++)
            for (var b = 0; b <= a; b++)
            {
                var s = th[a * p + b];
                for (var l = 0; l < m; l++) s += lambdaPhi[a * m + l] * lambda[b * m + l];
                sigma[a * p + b] = sigma[b * p + a] = s;
            }

        var mu = new double[p];
        for (var a = 0; a < p; a++)
        {
            var s = nu[a];
            for (var l = 0; l < m; l++) s += lambda[a * m + l] * alpha[l];
            mu[a] = s;
        }

        return new GroupMatrices { Lambda = lambda, Phi = phi, Theta = th, Nu = nu, Alpha = alpha, Sigma = sigma, Mu = mu };
    }

    /// <summary>The discrepancy F at the given values; +∞ where a group's implied covariance is not positive definite.</summary>
    public double Discrepancy(double[] theta)
    {
        var total = 0.0;
        for (var g = 0; g < Groups.Count; g++)
        {
            var mats = Matrices(theta, g);
            var chol = DenseAlgebra.Cholesky(mats.Sigma, P);
            if (chol is null) return double.PositiveInfinity;
            var inverse = DenseAlgebra.InverseFromCholesky(chol, P);
            var s = Groups[g].Covariance;
            var trace = 0.0;
            for (var i = 0; i < P * P; i++) trace += s[i] * inverse[i];
            var f = DenseAlgebra.LogDeterminant(chol, P) + trace - logDetS[g] - P;
            if (Layout.MeanStructure) f += Quadratic(inverse, Difference(g, mats));
            total += Weight(g) * 0.5 * f;
        }

        return total;
    }

    /// <summary>
    /// The gradient of F and the expected (unit) information over parameters 0 … count − 1: the free parameters and,
    /// when <paramref name="extra"/> is given, parameters now held at zero (for modification indices; of their block with
    /// each other only the diagonal is filled).
    /// </summary>
    public (double[] Gradient, double[] Information) GradientAndInformation(double[] theta, ModelEntry[]? extra = null)
    {
        var count = Layout.FreeCount + (extra?.Length ?? 0);
        var gradient = new double[count];
        var information = new double[count * count];
        int p = P, m = M;
        for (var g = 0; g < Groups.Count; g++)
        {
            var mats = Matrices(theta, g);
            var inverse = DenseAlgebra.InverseFromCholesky(DenseAlgebra.Cholesky(mats.Sigma, p)!, p);
            var s = Groups[g].Covariance;
            var d = Layout.MeanStructure ? Difference(g, mats) : new double[p];

            // Ω = Σ⁻¹ − Σ⁻¹(S + ddᵀ)Σ⁻¹, so that dF = tr(Ω dΣ) − 2 dᵀΣ⁻¹ dμ.
            var sdd = (double[])s.Clone();
            for (var a = 0; a < p; a++) for (var b = 0; b < p; b++) sdd[a * p + b] += d[a] * d[b];
            var temp = new double[p * p];
            var omega = new double[p * p];
            DenseAlgebra.Multiply(inverse, sdd, temp, p);
            DenseAlgebra.Multiply(temp, inverse, omega, p);
            for (var i = 0; i < p * p; i++) omega[i] = inverse[i] - omega[i];
            var inverseD = Times(inverse, d);

            var lambdaPhi = new double[p * m];
            for (var a = 0; a < p; a++)
                for (var l = 0; l < m; l++)
                    for (var k = 0; k < m; k++) lambdaPhi[a * m + l] += mats.Lambda[a * m + k] * mats.Phi[k * m + l];

            // Within a group each parameter sits in one entry, and every entry's dΣ has the form s·(uvᵀ + vuᵀ):
            // a loading λ_ij gives u = e_i, v = (ΛΦ)_j; a factor covariance u = λ_j, v = λ_k (s = ½ for a variance);
            // a residual u = e_i, v = e_k (s = ½ on the diagonal). Traces then reduce to a few dot products:
            // tr(Σ⁻¹dΣ_a Σ⁻¹dΣ_b) = 2 s_a s_b [(u_aᵀΣ⁻¹u_b)(v_aᵀΣ⁻¹v_b) + (u_aᵀΣ⁻¹v_b)(v_aᵀΣ⁻¹u_b)].
            var terms = new List<(int Parameter, double Scale, double[] U, double[] V, double[] Mu)>();
            var entries = extra is null ? Layout.Entries : Layout.Entries.Concat(extra);
            foreach (var e in entries)
            {
                if (e.Group != g || e.Free < 0) continue;
                var u = new double[p];
                var v = new double[p];
                var mu = new double[p];
                var scale = 1.0;
                switch (e.Kind)
                {
                    case ParameterKind.Loading:
                        u[e.Row] = 1;
                        for (var k = 0; k < p; k++) v[k] = lambdaPhi[k * m + e.Column];
                        mu[e.Row] = mats.Alpha[e.Column];
                        break;
                    case ParameterKind.FactorCovariance:
                        for (var a = 0; a < p; a++) { u[a] = mats.Lambda[a * m + e.Row]; v[a] = mats.Lambda[a * m + e.Column]; }
                        if (e.Row == e.Column) scale = 0.5;
                        break;
                    case ParameterKind.Residual:
                        u[e.Row] = 1;
                        v[e.Column] = 1;
                        if (e.Row == e.Column) scale = 0.5;
                        break;
                    case ParameterKind.Intercept:
                        mu[e.Row] = 1;
                        scale = 0;
                        break;
                    case ParameterKind.FactorMean:
                        for (var a = 0; a < p; a++) mu[a] = mats.Lambda[a * m + e.Row];
                        scale = 0;
                        break;
                }

                terms.Add((e.Free, scale, u, v, mu));
            }

            var w = Weight(g);
            var n = terms.Count;
            var mU = new double[n][];
            var mV = new double[n][];
            var mMu = new double[n][];
            for (var x = 0; x < n; x++)
            {
                var (parameter, scale, u, v, mu) = terms[x];
                mU[x] = Times(inverse, u);
                mV[x] = Times(inverse, v);
                mMu[x] = Times(inverse, mu);
                // tr(Ω·s(uvᵀ + vuᵀ)) = 2s·uᵀΩv.
                var dF = scale == 0 ? 0 : 2 * scale * Dot(u, Times(omega, v));
                if (Layout.MeanStructure) dF -= 2 * Dot(inverseD, mu);
                gradient[parameter] += w * 0.5 * dF;
            }

            for (var x = 0; x < n; x++)
                for (var y = 0; y <= x; y++)
                {
                    int px = terms[x].Parameter, py = terms[y].Parameter;
                    // Between two added parameters only the diagonal is needed (each is tested on its own).
                    if (x != y && px >= Layout.FreeCount && py >= Layout.FreeCount) continue;
                    var value = 0.0;
                    if (terms[x].Scale != 0 && terms[y].Scale != 0)
                    {
                        double[] ux = terms[x].U, vx = terms[x].V;
                        var trace = 2 * terms[x].Scale * terms[y].Scale *
                                    (Dot(ux, mU[y]) * Dot(vx, mV[y]) + Dot(ux, mV[y]) * Dot(vx, mU[y]));
                        value = 0.5 * trace;
                    }

                    if (Layout.MeanStructure) value += Dot(terms[x].Mu, mMu[y]);
                    information[px * count + py] += w * value;
                    if (px != py) information[py * count + px] += w * value;
                }
        }

        return (gradient, information);
    }

    private double[] Times(double[] matrix, double[] vector)
    {
        var result = new double[P];
        for (var a = 0; a < P; a++)
        {
            var s = 0.0;
            for (var b = 0; b < P; b++) s += matrix[a * P + b] * vector[b];
            result[a] = s;
        }

        return result;
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    public MaximumLikelihoodSolution Fit(double[] start)
    {
        var theta = (double[])start.Clone();
        var q = Layout.FreeCount;
        var f = Discrepancy(theta);
        var converged = false;
        var iteration = 0;
        for (; iteration < MaxIterations && !double.IsInfinity(f); iteration++)
        {
            var (gradient, information) = GradientAndInformation(theta);
            var chol = Regularized(information, q);
            if (chol is null) break;
            var step = Solve(chol, gradient, q);
            var decrement = 0.0;
            for (var a = 0; a < q; a++) { step[a] = -step[a]; decrement -= gradient[a] * step[a]; }
            if (decrement < 1e-20 || gradient.Max(Math.Abs) < 1e-12) { converged = true; break; }

            // Halve the Fisher step until the discrepancy falls enough (Armijo).
            var t = 1.0;
            var moved = false;
            for (var halving = 0; halving < 50; halving++, t /= 2)
            {
                var trial = theta.Select((v, a) => v + t * step[a]).ToArray();
                var ft = Discrepancy(trial);
                if (ft <= f - 1e-4 * t * decrement)
                {
                    theta = trial;
                    var change = f - ft;
                    f = ft;
                    moved = true;
                    if (change < 1e-16 * Math.Max(1, Math.Abs(f)) && decrement < 1e-12) converged = true;
                    break;
                }
            }

            if (!moved) { converged = decrement < 1e-12; break; }
            if (converged) break;
        }

        if (double.IsInfinity(f)) return new MaximumLikelihoodSolution(theta, f, false, iteration, null, null);
        var final = GradientAndInformation(theta).Information;
        var finalChol = DenseAlgebra.Cholesky(final, q);
        double[]? covariance = null;
        if (finalChol is not null)
        {
            covariance = DenseAlgebra.InverseFromCholesky(finalChol, q);
            for (var i = 0; i < covariance.Length; i++) covariance[i] /= Total;
        }

        return new MaximumLikelihoodSolution(theta, f, converged, iteration, final, covariance);
    }

    /// <summary>
    /// Starting values: each item's loading from its average correlation with its factor's other items, its
    /// residual the rest of its variance, factors uncorrelated, intercepts the item means.
    /// </summary>
    public double[] Start()
    {
        var theta = new double[Layout.FreeCount];
        var seen = new int[Layout.FreeCount];
        var model = Layout.Model;
        foreach (var e in Layout.Entries)
        {
            if (e.Free < 0) continue;
            var s = Groups[e.Group];
            double value;
            switch (e.Kind)
            {
                case ParameterKind.Loading:
                    value = Math.Sqrt(s.Covariance[e.Row * P + e.Row] * Communality(s, e.Row));
                    break;
                case ParameterKind.FactorCovariance:
                    value = e.Row == e.Column ? 1 : CompositeCorrelation(s, e.Row, e.Column);
                    break;
                case ParameterKind.Residual:
                    value = s.Covariance[e.Row * P + e.Row] * (1 - Communality(s, e.Row));
                    break;
                case ParameterKind.Intercept:
                    value = s.Means[e.Row];
                    break;
                default:
                    value = 0;
                    break;
            }

            // Parameters shared by groups start from the groups' average.
            theta[e.Free] += value;
            seen[e.Free]++;
        }

        for (var a = 0; a < theta.Length; a++) theta[a] /= seen[a];
        return theta;

        // Factors start correlated as their items' unweighted sums are; at zero a two-item factor would not be identified.
        double CompositeCorrelation(GroupMoments s, int first, int second)
        {
            double cross = 0, varFirst = 0, varSecond = 0;
            for (var a = 0; a < P; a++)
                for (var b = 0; b < P; b++)
                {
                    var c = s.Covariance[a * P + b];
                    if (model.FactorOf[a] == first && model.FactorOf[b] == second) cross += c;
                    if (model.FactorOf[a] == first && model.FactorOf[b] == first) varFirst += c;
                    if (model.FactorOf[a] == second && model.FactorOf[b] == second) varSecond += c;
                }

            return cross / Math.Sqrt(varFirst * varSecond);
        }

        double Communality(GroupMoments s, int item)
        {
            var factor = model.FactorOf[item];
            var sum = 0.0;
            var count = 0;
            for (var other = 0; other < P; other++)
            {
                if (other == item || model.FactorOf[other] != factor) continue;
                sum += s.Covariance[item * P + other] / Math.Sqrt(s.Covariance[item * P + item] * s.Covariance[other * P + other]);
                count++;
            }

            return count == 0 ? 0.5 : Math.Clamp(sum / count, 0.1, 0.9);
        }
    }

    /// <summary>
    /// The Cholesky factor of the information, with a growing ridge on its diagonal when it is singular (a start where
    /// some parameter has no say yet): the step then leans towards steepest descent.
    /// </summary>
    private static double[]? Regularized(double[] information, int q)
    {
        for (var ridge = 0.0; ridge <= 1e4; ridge = ridge == 0 ? 1e-8 : ridge * 100)
        {
            var matrix = (double[])information.Clone();
            for (var a = 0; a < q; a++) matrix[a * q + a] += ridge * Math.Max(information[a * q + a], 1e-8);
            if (DenseAlgebra.Cholesky(matrix, q) is { } chol) return chol;
        }

        return null;
    }

    private double[] Difference(int g, GroupMatrices mats)
    {
        var d = new double[P];
        for (var a = 0; a < P; a++) d[a] = Groups[g].Means[a] - mats.Mu[a];
        return d;
    }

    private double Quadratic(double[] matrix, double[] v)
    {
        var s = 0.0;
        for (var a = 0; a < P; a++) for (var b = 0; b < P; b++) s += v[a] * matrix[a * P + b] * v[b];
        return s;
    }

    internal static double[] Solve(double[] chol, double[] rhs, int n)
    {
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = rhs[i];
            for (var k = 0; k < i; k++) s -= chol[i * n + k] * y[k];
            y[i] = s / chol[i * n + i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var s = y[i];
            for (var k = i + 1; k < n; k++) s -= chol[k * n + i] * x[k];
            x[i] = s / chol[i * n + i];
        }

        return x;
    }
}
