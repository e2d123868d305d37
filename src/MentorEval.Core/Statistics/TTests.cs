namespace MentorEval.Core.Statistics;

/// <summary>t-tests built from an estimate and its standard error, shared by the one-sample, paired and Welch forms.</summary>
internal static class TTests
{
    /// <summary>
    /// The one-sample t-test of the mean of <paramref name="values"/> against 0, as R's t.test(x) (and so the paired
    /// test on differences). Null, with a reason naming <paramref name="subject"/>, when it cannot be computed.
    /// </summary>
    public static TTest? OneSample(IReadOnlyList<double> values, string subject, List<string> reasons)
    {
        var n = values.Count;
        if (n < 2)
        {
            reasons.Add($"{subject}: needs at least 2 values, there {(n == 1 ? "is 1" : "are none")}.");
            return null;
        }

        var mean = Moments.Mean(values);
        var standardError = Math.Sqrt(Moments.Variance(values, mean) / n);
        if (Moments.IsEssentiallyZero(standardError, Math.Abs(mean)))
        {
            reasons.Add($"{subject}: every value is the same, so there is no spread to test against.");
            return null;
        }

        return FromEstimate(mean, standardError, n - 1);
    }

    public static TTest FromEstimate(double estimate, double standardError, double df)
    {
        var t = estimate / standardError;
        var halfWidth = Probability.TCritical(df) * standardError;
        return new TTest(
            t,
            df,
            Probability.TwoSidedT(t, df),
            new ConfidenceInterval(estimate - halfWidth, estimate + halfWidth, Probability.Confidence));
    }
}
