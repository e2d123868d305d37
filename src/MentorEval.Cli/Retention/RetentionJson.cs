using MentorEval.Core.Retention;

namespace MentorEval.Cli.Retention;

/// <summary>`retention --json`: the report's figures as the Retention sheet shows them, with no value JSON cannot carry (NaN).</summary>
internal static class RetentionJson
{
    public static object Of(RetentionReport r) => new
    {
        analysisDate = r.AnalysisDate.ToString("yyyy-MM-dd"),
        timeUnit = RetentionReport.TimeUnit,
        confidenceType = SurvivalCurve.ConfidenceType,
        groupedBy = r.GroupName,
        overall = Group(r.Overall),
        groups = r.Groups.Select(Group).ToList(),
        logRank = new { chiSquare = r.LogRank.ChiSquare, df = r.LogRank.Df, p = r.LogRank.P, groups = r.LogRank.Groups },
        cox = r.Cox is not { } cox ? null : new
        {
            pairs = cox.Pairs, closures = cox.Closures, leftOut = cox.LeftOut, converged = cox.Converged, ties = "efron",
            likelihoodRatio = cox.Converged ? cox.LikelihoodRatio : null,
            hazardRatios = cox.HazardRatios.Select((h, i) => new { h.Covariate, label = r.CoxCovariateLabels.ElementAtOrDefault(i), h.Coefficient, h.StdErr, h.Ratio, h.Lower, h.Upper, h.Z, h.P }),
            proportionalHazards = cox.ProportionalHazards is { } zph ? new { transform = ProportionalHazardsCheck.Transform, covariates = zph.Covariates, global = zph.Global } : null,
        },
        reasons = new
        {
            overall = r.Reasons.Overall.Select(Reason), byGroup = r.Reasons.ByGroup.Select(Reason), byMonthEnded = r.Reasons.ByMonthEnded.Select(Reason),
            unmapped = r.Reasons.Unmapped.Select(u => new { reason = u.Reason, closures = u.Closures }),
        },
        excluded = r.Excluded,
    };

    private static object Group(RetentionGroup g) => new
    {
        name = g.Name,
        pairs = g.Curve.Pairs,
        earlyClosure = new { closedEarly = g.EarlyClosure.ClosedEarly, ended = g.EarlyClosure.Ended, stillRunning = g.EarlyClosure.StillRunning, rate = g.EarlyClosure.Rate, wilson = g.EarlyClosure.Interval },
        medianMonths = new { estimate = g.Curve.Median.Months, lower = g.Curve.Median.Lower, upper = g.Curve.Median.Upper, reached = g.Curve.Median.Reached },
        milestones = g.Milestones,
        curve = g.Curve.Steps,
    };

    private static object Reason(ReasonCount c) => new
    {
        group = c.Group, monthEnded = c.MonthEnded, family = c.Family is { } f ? ClosureReasonText.Code(f) : "unmapped", closures = c.Closures, share = c.Share,
    };
}
