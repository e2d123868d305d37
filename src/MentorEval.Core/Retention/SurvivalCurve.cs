using MentorEval.Core.Statistics;

namespace MentorEval.Core.Retention;

/// <summary>The Kaplan–Meier estimate of the share of pairs still running, by month since the match started.</summary>
public sealed record SurvivalCurve(int Pairs, int Closures, IReadOnlyList<SurvivalStep> Steps, MedianLength Median)
{
    public const string ConfidenceType = "log-log";

    /// <summary>
    /// The share still running at <paramref name="months"/> with its limits, as <c>summary(fit, times = months)</c>: the
    /// last step at or before that time; null beyond the last observed time (R leaves such a time out).
    /// </summary>
    public SurvivalEstimate? At(double months)
    {
        if (Steps.Count == 0 || months > Steps[^1].Months) return null;
        var atRisk = Steps.FirstOrDefault(s => s.Months >= months)?.AtRisk ?? 0;
        var last = Steps.LastOrDefault(s => s.Months <= months);
        return last is null
            ? new SurvivalEstimate(months, atRisk, 1, 0, null, null)
            : new SurvivalEstimate(months, atRisk, last.StillRunning, last.StdErr, last.Lower, last.Upper);
    }

    /// <summary>Fits the curve as <c>survfit(Surv(months, closed) ~ 1, conf.type = "log-log")</c>.</summary>
    public static SurvivalCurve Fit(IReadOnlyCollection<MatchSpell> spells)
    {
        var z = Normal95;
        var steps = new List<SurvivalStep>();
        var atRisk = spells.Count;
        double survival = 1, greenwood = 0;
        foreach (var group in spells.GroupBy(s => s.Months).OrderBy(g => g.Key))
        {
            var closed = group.Count(s => s.ClosedEarly);
            var censored = group.Count() - closed;
            if (closed > 0)
            {
                survival *= 1 - (double)closed / atRisk;
                greenwood += atRisk == closed ? double.PositiveInfinity : (double)closed / (atRisk * (double)(atRisk - closed));
            }

            var logSe = Math.Sqrt(greenwood);
            var (lower, upper) = double.IsFinite(logSe) ? LogLogLimits(survival, logSe, z) : (null, null);
            double? se = survival > 0 && double.IsFinite(logSe) ? survival * logSe : null;
            steps.Add(new SurvivalStep(group.Key, atRisk, closed, censored, survival, se, lower, upper));
            atRisk -= closed + censored;
        }

        return new SurvivalCurve(spells.Count, spells.Count(s => s.ClosedEarly), steps, MedianOf(steps));
    }

    private static double Normal95 => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, (1 + Probability.Confidence) / 2);

    /// <summary>survfit_confint's log-log limits: none where S is 0 or 1, where log(−log S) is undefined.</summary>
    private static (double?, double?) LogLogLimits(double s, double se, double z)
    {
        if (s is 0 or 1) return (null, null);
        var shift = z * se / Math.Log(s);
        var center = Math.Log(-Math.Log(s));
        return (Math.Exp(-Math.Exp(center - shift)), Math.Exp(-Math.Exp(center + shift)));
    }

    private static MedianLength MedianOf(IReadOnlyList<SurvivalStep> steps)
    {
        var times = steps.Select(s => s.Months).ToList();
        return new MedianLength(
            Quantile(times, steps.Select(s => (double?)s.StillRunning).ToList()),
            Quantile(times, steps.Select(s => s.Lower).ToList()),
            Quantile(times, steps.Select(s => s.Upper).ToList()));
    }

    /// <summary>
    /// The time the curve falls to one half, as survival's findq: the first time at or below 0.5 (within √ε); where the
    /// curve sits exactly at 0.5 over an interval, the midpoint of that interval (to the last observed time when it
    /// ends there). Undefined points (null limits) are skipped.
    /// </summary>
    private static double? Quantile(IReadOnlyList<double> times, IReadOnlyList<double?> curve)
    {
        const double p = 0.5;
        var tolerance = Math.Sqrt(2.220446049250313e-16);
        // x = (0, times), y = (0, 1 − S): the cumulative share closed; repeats of a y value keep their first x.
        var x = new List<double> { 0 };
        var y = new List<double?> { 0 };
        var seen = new HashSet<double?> { 0 };
        for (var i = 0; i < times.Count; i++)
        {
            double? value = 1 - curve[i];
            if (!seen.Add(value)) continue;
            x.Add(times[i]);
            y.Add(value);
        }

        var defined = Enumerable.Range(0, y.Count).Where(i => y[i] is not null).ToList();
        if (defined.Count == 0 || defined.Max(i => y[i]!.Value) < p) return null;
        int? First(double offset)
        {
            // approx(y ± tol, 1:n, p, "constant", f = 1): the first point whose shifted y reaches p (none below the first).
            if (p < y[defined[0]]!.Value + offset) return null;
            foreach (var i in defined)
                if (y[i]!.Value + offset >= p) return i;
            return null;
        }

        var low = First(tolerance);
        var high = First(-tolerance);
        var lastY = y[^1];
        if (lastY is { } last && Math.Abs(p - last) < tolerance && low is { } l) return (x[l] + (times.Count > 0 ? times[^1] : 0)) / 2;
        return low is { } a && high is { } b ? (x[a] + x[b]) / 2 : null;
    }
}
