namespace MentorEval.Application.Reports;

/// <summary>What a user asks of a cohort's report.</summary>
/// <param name="OutputFolder">Folder for the report (relative to the workspace's folder or absolute); it goes into <c>OUTPUT/COHORT/</c>.</param>
/// <param name="MinimumCell">Withhold statistics of groups smaller than this (checked by the front end: 1 or more).</param>
/// <param name="Model">The risk model file; null: the default path, or the rules when there is none.</param>
public sealed record BuildReportRequest(string Cohort, string OutputFolder, string? CompareTo, int MinimumCell, string Program, string? Model)
{
    /// <summary>The share of running pairs to flag (`--flag-share`/`--min-recall`); null for the default.</summary>
    public Core.Risk.FlagCapacity? Capacity { get; init; }
}
