using MathNet.Numerics;

namespace MentorEval.Core.Validity;

/// <summary>The noncentral χ² distribution function, as a Poisson mixture of central χ² (what R's <c>pchisq(x, df, ncp)</c> gives).</summary>
internal static class NoncentralChiSquare
{
    public static double Cdf(double x, double df, double noncentrality)
    {
        if (x <= 0) return 0;
        if (noncentrality <= 0) return SpecialFunctions.GammaLowerRegularized(df / 2, x / 2);
        // P(x) = Σ_j Pois(j; λ/2) · P_central(x; df + 2j); summed outward from the Poisson mode until terms vanish.
        var half = noncentrality / 2;
        var mode = (int)Math.Floor(half);
        var sum = 0.0;
        for (var j = mode; ; j++)
        {
            var term = Weight(j) * SpecialFunctions.GammaLowerRegularized(df / 2 + j, x / 2);
            sum += term;
            if ((term < 1e-17 && j > half) || j - mode > 100000) break;
        }

        for (var j = mode - 1; j >= 0; j--)
        {
            var weight = Weight(j);
            sum += weight * SpecialFunctions.GammaLowerRegularized(df / 2 + j, x / 2);
            if (weight < 1e-17) break;
        }

        return Math.Min(1, sum);

        double Weight(int j) => Math.Exp(-half + j * Math.Log(half) - SpecialFunctions.GammaLn(j + 1));
    }

    /// <summary>The noncentrality λ at which <c>Cdf(x, df, λ)</c> equals <paramref name="probability"/> (0 when even λ = 0 falls below it).</summary>
    public static double NoncentralityFor(double x, double df, double probability)
    {
        if (Cdf(x, df, 0) < probability) return 0;
        double low = 0, high = Math.Max(1, x);
        while (Cdf(x, df, high) > probability) high *= 2;
        for (var i = 0; i < 200 && high - low > 1e-10 * Math.Max(1, high); i++)
        {
            var mid = (low + high) / 2;
            if (Cdf(x, df, mid) > probability) low = mid; else high = mid;
        }

        return (low + high) / 2;
    }
}
