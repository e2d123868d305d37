namespace MentorEval.Core.Statistics;

/// <summary>
/// ICC(2,1) and ICC(3,1) of Shrout &amp; Fleiss (1979) from the two-way ANOVA mean squares of pairs × raters, with the F
/// tests and confidence intervals exactly as psych::ICC(x, lmer = FALSE) computes them (psych 2.2.9): the estimates
/// researchers cite, negative when mentors and mentees disagree more than chance would. (psych's default, lmer = TRUE,
/// takes REML variance components that cannot be negative, so it differs whenever a mean square falls below the
/// residual one; MentorEval does not report it.) With no residual variation at all (every pair has the same mentor −
/// mentee difference, perfect agreement being the case of none) the estimates are their exact limits: ICC(3,1) = 1,
/// p = 0, and F, unbounded, is left out with a reason.
/// </summary>
internal static class Intraclass
{
    private const int Raters = 2;

    public static (IntraclassCorrelation? Icc2, IntraclassCorrelation? Icc3) MentorAndMentee(
        double[] mentor, double[] mentee, List<string> reasons)
    {
        var n = mentor.Length;
        if (n < 2)
        {
            reasons.Add("ICC: needs at least 2 complete pairs, there is 1.");
            return (null, null);
        }

        var (msb, msj, mse) = MeanSquares([mentor, mentee]);
        if (msb == 0 && mse == 0)
        {
            reasons.Add("ICC: every pair has the same mentor score and the same mentee score, so there is no variation between pairs to measure.");
            return (null, null);
        }

        const int k = Raters;
        var icc2 = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / n);
        var icc3 = (msb - mse) / (msb + (k - 1) * mse);

        var f = mse == 0 ? double.PositiveInfinity : msb / mse;
        int df1 = n - 1, df2 = (n - 1) * (k - 1);
        var p = mse == 0 ? 0 : Probability.UpperF(f, df1, df2);
        if (mse == 0) reasons.Add("ICC F test: every pair has the same mentor − mentee difference, so there is no residual variation; F is unbounded and p = 0.");
        const double tail = (1 - Probability.Confidence) / 2;

        var fLow = f / Probability.FCritical(tail, df1, df2);
        var fHigh = f * Probability.FCritical(tail, df2, df1);
        var ci3 = mse == 0
            ? new ConfidenceInterval(1, 1, Probability.Confidence)
            : Interval("ICC(3,1)", (fLow - 1) / (fLow + k - 1), (fHigh - 1) / (fHigh + k - 1), reasons);

        // ICC(2,1): Satterthwaite-type df v for the random-raters model, as in Shrout & Fleiss and psych.
        // Without residual variation F_j is infinite and v tends to k − 1 (or is undefined when the raters agree too: ICC 1).
        var fj = msj / mse;
        var common = n * (1 + (k - 1) * icc2) - k * icc2;
        var v = mse == 0
            ? k - 1
            : (k - 1) * (n - 1) * Math.Pow(k * icc2 * fj + common, 2) / ((n - 1) * k * k * icc2 * icc2 * fj * fj + common * common);
        var fForLower = Probability.FCritical(tail, n - 1, v);
        var fForUpper = Probability.FCritical(tail, v, n - 1);
        var raterTerm = k * msj + (k * n - k - n) * mse;
        var ci2 = mse == 0 && msj == 0 ? new ConfidenceInterval(1, 1, Probability.Confidence) : Interval(
            "ICC(2,1)",
            n * (msb - fForLower * mse) / (fForLower * raterTerm + n * msb),
            n * (fForUpper * msb - mse) / (raterTerm + n * fForUpper * msb),
            reasons);

        double? reported = double.IsFinite(f) ? f : null;
        return (new IntraclassCorrelation(icc2, reported, df1, df2, p, ci2), new IntraclassCorrelation(icc3, reported, df1, df2, p, ci3));
    }

    /// <summary>Mean squares for subjects (pairs), judges (raters) and residual of the two-way ANOVA without interaction.</summary>
    private static (double Msb, double Msj, double Mse) MeanSquares(double[][] raters)
    {
        var n = raters[0].Length;
        var k = raters.Length;
        var grand = Moments.Mean(raters.SelectMany(r => r).ToArray());
        var subjectMeans = Enumerable.Range(0, n).Select(i => raters.Average(r => r[i])).ToArray();
        var raterMeans = raters.Select(Moments.Mean).ToArray();

        var ssb = k * subjectMeans.Sum(m => (m - grand) * (m - grand));
        var ssj = n * raterMeans.Sum(m => (m - grand) * (m - grand));
        var sse = Enumerable.Range(0, n)
            .Sum(i => Enumerable.Range(0, k).Sum(j => Math.Pow(raters[j][i] - subjectMeans[i] - raterMeans[j] + grand, 2)));
        // Exact zeros stay zero; rounding can leave ~1e-31 of residual where there is none, which would turn the exact
        // limits above into astronomically large F values (as psych prints them).
        if (sse < 1e-12 * (ssb + ssj)) sse = 0;
        return (ssb / (n - 1), ssj / (k - 1), sse / ((n - 1) * (k - 1)));
    }

    private static ConfidenceInterval? Interval(string icc, double lower, double upper, List<string> reasons)
    {
        if (double.IsFinite(lower) && double.IsFinite(upper))
            return new ConfidenceInterval(lower, upper, Probability.Confidence);

        reasons.Add($"{icc} confidence interval: the F bounds are not finite for these data.");
        return null;
    }
}
