namespace MentorEval.Core.Retention;

/// <summary>
/// How long the program's pairs last and why they end: Kaplan–Meier curves with medians and milestones, early-closure
/// rates, a log-rank comparison of the groups, a Cox model on baseline covariates with its proportional-hazards check,
/// and the closure reasons. Times are months since the match started (<see cref="MatchTime"/>).
/// </summary>
public sealed record RetentionReport(
    DateOnly AnalysisDate,
    string GroupName,
    RetentionGroup Overall,
    IReadOnlyList<RetentionGroup> Groups,
    LogRankTest LogRank,
    CoxModel? Cox,
    IReadOnlyList<string> CoxCovariateLabels,
    ClosureReasonSummary Reasons,
    IReadOnlyList<ExcludedPair> Excluded)
{
    public const string TimeUnit = "months since the match started (days / 30.4375)";

    /// <summary>Published early-closure shares across youth-mentoring programs (see docs/domain): 30–38%.</summary>
    public const double PublishedLow = 0.30;

    public const double PublishedHigh = 0.38;
}
