using MentorEval.Core.Pairs;

namespace MentorEval.Core.Retention;

/// <summary>
/// What a retention analysis reads: the roster, the day it is judged at (pairs still running are censored then), the
/// pairs' baseline covariates for the Cox model, how to group pairs (<see cref="GroupBy"/>, by cohort unless a program
/// chooses another attribute, named by <see cref="GroupName"/>), and optionally one cohort only.
/// </summary>
public sealed record RetentionRequest(IReadOnlyList<RosterEntry> Roster, DateOnly AnalysisDate)
{
    public BaselineCovariates Covariates { get; init; } = BaselineCovariates.Empty;

    public string? Cohort { get; init; }

    public string GroupName { get; init; } = "cohort";

    public Func<RosterEntry, string> GroupBy { get; init; } = pair => pair.Cohort;

    public ClosureReasonTable Reasons { get; init; } = ClosureReasonTable.Empty;
}
