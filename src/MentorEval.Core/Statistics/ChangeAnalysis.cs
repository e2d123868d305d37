namespace MentorEval.Core.Statistics;

/// <summary>Change between two waves for the same respondents. Element i of pre and post belong to respondent i.</summary>
public static class ChangeAnalysis
{
    public static PairedChange Paired(IReadOnlyList<double> pre, IReadOnlyList<double> post)
    {
        var (before, after, excluded) = Observed.Pairs(pre, post);
        var n = before.Length;
        if (n == 0)
        {
            return new PairedChange(0, excluded, null, null, null, null, null, null, null,
                ["No complete pairs: every respondent misses the pre or the post score."]);
        }

        var reasons = new List<string>();
        var changes = before.Select((b, i) => after[i] - b).ToArray();
        var meanChange = Moments.Mean(changes);
        double? sdChange = n >= 2 ? Math.Sqrt(Moments.Variance(changes, meanChange)) : null;
        if (sdChange is null)
            reasons.Add("Sd of change: needs at least 2 pairs, there is 1.");
        var pairedT = TTests.OneSample(changes, "Paired t-test and Cohen's d_z", reasons);

        return new PairedChange(
            n,
            excluded,
            Moments.Mean(before),
            Moments.Mean(after),
            meanChange,
            sdChange,
            pairedT,
            pairedT is null ? null : meanChange / sdChange,
            SignedRank.Test(changes, reasons),
            [.. reasons]);
    }
}
