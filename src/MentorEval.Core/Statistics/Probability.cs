using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace MentorEval.Core.Statistics;

/// <summary>Tail probabilities and quantiles of the t, F and normal distributions.</summary>
internal static class Probability
{
    public const double Confidence = 0.95;

    /// <summary>P(|T| ≥ |t|) for T ~ t(df), from the regularized incomplete beta so small p keep their precision.</summary>
    public static double TwoSidedT(double t, double df) => SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + t * t));

    /// <summary>P(F ≥ f) for F ~ F(d1, d2), computed directly rather than as 1 − CDF.</summary>
    public static double UpperF(double f, double d1, double d2) =>
        SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));

    /// <summary>
    /// Two-sided p of Pearson's r under H0: ρ = 0, as cor.test: t = r·√(df/(1 − r²)) makes df/(df + t²) = 1 − r²,
    /// which stays finite when |r| = 1.
    /// </summary>
    public static double TwoSidedCorrelation(double r, double df) => SpecialFunctions.BetaRegularized(df / 2, 0.5, 1 - r * r);

    public static double TwoSidedNormal(double z) => 2 * Normal.CDF(0, 1, -Math.Abs(z));

    /// <summary>The t quantile of a two-sided 95% interval, via t²(1, df) = F(1, df): qt(0.975, df)² = qf(0.95, 1, df).</summary>
    public static double TCritical(double df) => Math.Sqrt(FCritical(1 - Confidence, 1, df));

    /// <summary>
    /// The f with P(F ≥ f) = upperTail. Bisection on log f, because MathNet's FisherSnedecor.InvCDF searches only
    /// [0, 1000] and throws beyond it, which few pairs (small df) easily reach.
    /// </summary>
    public static double FCritical(double upperTail, double d1, double d2)
    {
        double low = -745, high = 709; // log of the smallest and largest positive doubles
        while (true)
        {
            var middle = (low + high) / 2;
            if (high - low <= 1e-15 * Math.Max(1, Math.Abs(middle)))
                return Math.Exp(middle);
            if (UpperF(Math.Exp(middle), d1, d2) > upperTail)
                low = middle;
            else
                high = middle;
        }
    }

    public static double NormalCritical() => Normal.InvCDF(0, 1, (1 + Confidence) / 2);
}
