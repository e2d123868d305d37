using MentorEval.Core.Pairs;

namespace MentorEval.Core.Statistics;

/// <summary>Agreement between mentor and mentee on the same scale. Element i of both lists belongs to pair i.</summary>
public static class DyadAnalysis
{
    public static DyadComparison Compare(IReadOnlyList<double> mentor, IReadOnlyList<double> mentee)
    {
        var (mentors, mentees, excluded) = Observed.Pairs(mentor, mentee);
        IReadOnlyList<PairGap> pairs = [.. mentor.Select((m, i) => Gap(m, mentee[i]))];
        var n = mentors.Length;
        if (n == 0)
        {
            return new DyadComparison(pairs, 0, excluded, null, null, null, null, null, null, null, null,
                ["No complete pairs: every pair misses the mentor or the mentee score."]);
        }

        var reasons = new List<string>();
        var gaps = mentors.Select((m, i) => m - mentees[i]).ToArray();
        var (icc2, icc3) = Intraclass.MentorAndMentee(mentors, mentees, reasons);

        return new DyadComparison(
            pairs,
            n,
            excluded,
            Moments.Mean(mentors),
            Moments.Mean(mentees),
            Moments.Mean(gaps),
            Moments.Mean(gaps.Select(Math.Abs).ToArray()),
            TTests.OneSample(gaps, "Paired t-test of the gap", reasons),
            Pearson(mentors, mentees, reasons),
            icc2,
            icc3,
            [.. reasons]);
    }

    private static PairGap Gap(double mentor, double mentee)
    {
        double? mentorScore = double.IsNaN(mentor) ? null : mentor;
        double? menteeScore = double.IsNaN(mentee) ? null : mentee;
        var difference = mentorScore - menteeScore;
        return new PairGap(mentorScore, menteeScore, difference, difference is { } d ? Math.Abs(d) : null);
    }

    /// <summary>Pearson's r with p and Fisher-z CI, as R's cor.test(x, y).</summary>
    private static Correlation? Pearson(double[] x, double[] y, List<string> reasons)
    {
        var n = x.Length;
        if (n < 3)
        {
            reasons.Add($"Correlation: needs at least 3 complete pairs, there {(n == 1 ? "is 1" : $"are {n}")}.");
            return null;
        }

        var (meanX, meanY) = (Moments.Mean(x), Moments.Mean(y));
        var sxx = Moments.SumOfSquares(x, meanX);
        var syy = Moments.SumOfSquares(y, meanY);
        if (sxx == 0 || syy == 0)
        {
            reasons.Add($"Correlation: every {(sxx == 0 ? Role.Mentor : Role.Mentee).Name()} score is the same, so nothing can co-vary with it.");
            return null;
        }

        var sxy = x.Select((v, i) => (v - meanX) * (y[i] - meanY)).Sum();
        var r = Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
        var p = Probability.TwoSidedCorrelation(r, n - 2);

        ConfidenceInterval? ci = null;
        if (n < 4)
        {
            reasons.Add("Correlation confidence interval: needs at least 4 pairs, there are 3.");
        }
        else
        {
            // Fisher's z; atanh(±1) = ±∞ and tanh brings it back to ±1, as in R.
            var z = Math.Atanh(r);
            var halfWidth = Probability.NormalCritical() / Math.Sqrt(n - 3);
            ci = new ConfidenceInterval(Math.Tanh(z - halfWidth), Math.Tanh(z + halfWidth), Probability.Confidence);
        }

        return new Correlation(r, n, p, ci);
    }
}
