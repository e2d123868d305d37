using MentorEval.Core.Statistics;

namespace MentorEval.Core.Retention;

/// <summary>
/// The share of ended pairs (closed early or completed by the analysis date) that closed early, with a Wilson score 95% interval (<c>prop.test(closed, ended, correct =
/// FALSE)$conf.int</c>). Pairs still running have no outcome yet and are counted apart (<see cref="StillRunning"/>);
/// the Kaplan–Meier curve is what uses them.
/// </summary>
public sealed record EarlyClosureRate(string Group, int ClosedEarly, int Ended, int StillRunning, double? Rate, ConfidenceInterval? Interval)
{
    public static EarlyClosureRate Of(string group, int closedEarly, int ended, int stillRunning) =>
        ended == 0
            ? new(group, closedEarly, ended, stillRunning, null, null)
            : new(group, closedEarly, ended, stillRunning, (double)closedEarly / ended, Wilson(closedEarly, ended));

    /// <summary>The Wilson score interval, as prop.test without continuity correction computes it.</summary>
    public static ConfidenceInterval Wilson(int successes, int trials)
    {
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, (1 + Probability.Confidence) / 2);
        var p = (double)successes / trials;
        var z22n = z * z / (2.0 * trials);
        var centre = p + z22n;
        var spread = z * Math.Sqrt(p * (1 - p) / trials + z22n / (2.0 * trials));
        var denominator = 1 + 2 * z22n;
        return new ConfidenceInterval(Math.Max((centre - spread) / denominator, 0), Math.Min((centre + spread) / denominator, 1), Probability.Confidence);
    }
}
