using MathNet.Numerics;

namespace MentorEval.Core.Retention;

/// <summary>P(χ²(df) ≥ x), as <c>pchisq(x, df, lower.tail = FALSE)</c>: from the upper incomplete gamma, so small p keep their precision.</summary>
internal static class ChiSquareTail
{
    public static double Upper(double x, int df) => x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2);
}
