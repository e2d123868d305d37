namespace MentorEval.Cli.Reports;

/// <summary>What `mentoreval report` was asked for.</summary>
public sealed record ReportOptions(string Cohort, string OutputFolder, string? CompareTo, int MinimumCell, string Program, string? Model)
{
    /// <summary>The share of running pairs to flag (`--flag-share`/`--min-recall`); null for the default.</summary>
    public Core.Risk.FlagCapacity? Capacity { get; init; }
}
