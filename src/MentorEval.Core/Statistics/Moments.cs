namespace MentorEval.Core.Statistics;

/// <summary>Sample mean and spread, computed the way R does so results agree to the last digits that matter.</summary>
internal static class Moments
{
    /// <summary>R's .Machine$double.eps (not <see cref="double.Epsilon"/>, which is the smallest subnormal).</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Two-pass mean like R's mean(): the correction pass makes the mean of equal scores exactly that score.</summary>
    public static double Mean(IReadOnlyList<double> values)
    {
        var mean = values.Sum() / values.Count;
        return mean + values.Sum(v => v - mean) / values.Count;
    }

    public static double SumOfSquares(IReadOnlyList<double> values, double mean) => values.Sum(v => (v - mean) * (v - mean));

    /// <summary>Sample variance with n − 1 in the denominator.</summary>
    public static double Variance(IReadOnlyList<double> values, double mean) => SumOfSquares(values, mean) / (values.Count - 1);

    /// <summary>
    /// R's t.test refuses data that are "essentially constant": a standard error below 10·eps times the size of
    /// the means involved. Below that, t and effect sizes would be rounding noise, so we report no statistic.
    /// </summary>
    public static bool IsEssentiallyZero(double standardError, double magnitude) =>
        standardError == 0 || standardError < 10 * MachineEpsilon * magnitude;
}
