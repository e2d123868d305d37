namespace MentorEval.Core.Validity;

/// <summary>The few dense-matrix operations the factor analysis needs, on row-major n × n arrays.</summary>
internal static class DenseAlgebra
{
    /// <summary>
    /// The lower Cholesky factor of a symmetric matrix, or null when the matrix is not positive definite
    /// (a pivot at or below zero, or not a number).
    /// </summary>
    public static double[]? Cholesky(double[] a, int n)
    {
        var l = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            var d = a[j * n + j];
            for (var k = 0; k < j; k++) d -= l[j * n + k] * l[j * n + k];
            if (!(d > 0)) return null;
            var root = Math.Sqrt(d);
            l[j * n + j] = root;
            for (var i = j + 1; i < n; i++)
            {
                var s = a[i * n + j];
                for (var k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
                l[i * n + j] = s / root;
            }
        }

        return l;
    }

    /// <summary>log det from a Cholesky factor: twice the sum of the log pivots.</summary>
    public static double LogDeterminant(double[] cholesky, int n)
    {
        var sum = 0.0;
        for (var i = 0; i < n; i++) sum += Math.Log(cholesky[i * n + i]);
        return 2 * sum;
    }

    /// <summary>The inverse of a positive definite matrix from its Cholesky factor.</summary>
    public static double[] InverseFromCholesky(double[] l, int n)
    {
        // L⁻¹ by forward substitution, then A⁻¹ = L⁻ᵀ L⁻¹.
        var li = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            li[j * n + j] = 1 / l[j * n + j];
            for (var i = j + 1; i < n; i++)
            {
                var s = 0.0;
                for (var k = j; k < i; k++) s -= l[i * n + k] * li[k * n + j];
                li[i * n + j] = s / l[i * n + i];
            }
        }

        var inverse = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = 0.0;
                for (var k = i; k < n; k++) s += li[k * n + i] * li[k * n + j];
                inverse[i * n + j] = s;
                inverse[j * n + i] = s;
            }
        }

        return inverse;
    }

    /// <summary>C = A·B for n × n matrices.</summary>
    public static void Multiply(double[] a, double[] b, double[] c, int n)
    {
        Array.Clear(c);
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++)
            {
                var aik = a[i * n + k];
                if (aik == 0) continue;
                for (var j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
            }
        }
    }
}
