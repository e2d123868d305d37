using MathNet.Numerics.LinearAlgebra;

namespace MentorEval.Core.Reliability;

/// <summary>
/// smcᵢ = 1 − 1/(R⁻¹)ᵢᵢ, the share of item i's variance the other items predict, computed as
/// psych's <c>smc()</c> does: through the pseudo-inverse (so a singular R still gives an answer)
/// and clipped to [0, 1].
/// </summary>
internal static class SquaredMultipleCorrelations
{
    // R's .Machine$double.eps; psych::Pinv keeps singular values above its square root times the largest.
    private const double MachineEpsilon = 2.220446049250313e-16;

    public static double[] Of(double[,] correlations)
    {
        var k = correlations.GetLength(0);
        var svd = Matrix<double>.Build.DenseOfArray(correlations).Svd(computeVectors: true);
        var singular = svd.S;
        var u = svd.U;
        var vt = svd.VT;
        var tolerance = Math.Sqrt(MachineEpsilon) * singular[0];
        var smc = new double[k];
        for (var i = 0; i < k; i++)
        {
            var inverseDiagonal = 0.0;
            for (var m = 0; m < singular.Count; m++)
            {
                if (singular[m] > tolerance)
                    inverseDiagonal += vt[m, i] * u[i, m] / singular[m];
            }

            // For a positive-definite R, (R⁻¹)ᵢᵢ ≥ 1. An indefinite pairwise R can make it zero, and then
            // rounding alone would pick the sign of 1/0; take the exact value, 1 − ∞, which clips to 0.
            smc[i] = Math.Abs(inverseDiagonal) < 1e-10 ? 0 : Math.Clamp(1 - 1 / inverseDiagonal, 0, 1);
        }

        return smc;
    }
}
