namespace MentorEval.Core.Statistics;

/// <summary>
/// ICC(2,1) and ICC(3,1) of Shrout &amp; Fleiss (1979) from the two-way ANOVA of pairs × raters, with the F tests and
/// confidence intervals exactly as psych::ICC computes them (psych 2.2.9, default lmer = TRUE).
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
        if (mse == 0)
        {
            reasons.Add("ICC: every pair has the same mentor − mentee difference, so there is no residual variation to compare against.");
            return (null, null);
        }

        const int k = Raters;
        var icc2 = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / n);
        var icc3 = (msb - mse) / (msb + (k - 1) * mse);

        var f = msb / mse;
        int df1 = n - 1, df2 = (n - 1) * (k - 1);
        var p = Probability.UpperF(f, df1, df2);
        const double tail = (1 - Probability.Confidence) / 2;

        var fLow = f / Probability.FCritical(tail, df1, df2);
        var fHigh = f * Probability.FCritical(tail, df2, df1);
        var ci3 = Interval("ICC(3,1)", (fLow - 1) / (fLow + k - 1), (fHigh - 1) / (fHigh + k - 1), reasons);

        // ICC(2,1): Satterthwaite-type df v for the random-raters model, as in Shrout & Fleiss and psych.
        var fj = msj / mse;
        var common = n * (1 + (k - 1) * icc2) - k * icc2;
        var v = (k - 1) * (n - 1) * Math.Pow(k * icc2 * fj + common, 2)
                / ((n - 1) * k * k * icc2 * icc2 * fj * fj + common * common);
        var fForLower = Probability.FCritical(tail, n - 1, v);
        var fForUpper = Probability.FCritical(tail, v, n - 1);
        var raterTerm = k * msj + (k * n - k - n) * mse;
        var ci2 = Interval(
            "ICC(2,1)",
            n * (msb - fForLower * mse) / (fForLower * raterTerm + n * msb),
            n * (fForUpper * msb - mse) / (raterTerm + n * fForUpper * msb),
            reasons);

        return (new IntraclassCorrelation(icc2, f, df1, df2, p, ci2), new IntraclassCorrelation(icc3, f, df1, df2, p, ci3));
    }

    /// <summary>
    /// Mean squares for subjects (pairs), judges (raters) and residual. psych::ICC estimates them from a REML
    /// lme4::lmer fit, whose variance components cannot be negative: in this balanced design that equals pooling a
    /// subjects or judges mean square that falls below the residual one into it (df-weighted, smallest first).
    /// So MSJ < MSE (mentors and mentees agree on average) gives MSJ = MSE, and MSB < MSE gives ICC = 0, where
    /// the classic ANOVA formulas (psych::ICC(lmer = FALSE)) would differ or turn negative.
    /// </summary>
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

        double pooledSs = sse, pooledDf = (n - 1) * (k - 1);
        foreach (var (ss, df) in new[] { (Ss: ssb, Df: n - 1.0), (Ss: ssj, Df: k - 1.0) }.OrderBy(c => c.Ss / c.Df))
        {
            if (ss / df >= pooledSs / pooledDf)
                break;
            pooledSs += ss;
            pooledDf += df;
        }

        var mse = pooledSs / pooledDf;
        // Pooled terms end at or below the pooled residual and the others above it, so max() gives both cases.
        return (Math.Max(ssb / (n - 1), mse), Math.Max(ssj / (k - 1), mse), mse);
    }

    private static ConfidenceInterval? Interval(string icc, double lower, double upper, List<string> reasons)
    {
        if (double.IsFinite(lower) && double.IsFinite(upper))
            return new ConfidenceInterval(lower, upper, Probability.Confidence);

        reasons.Add($"{icc} confidence interval: the F bounds are not finite for these data.");
        return null;
    }
}
