namespace MentorEval.Cli.Reports;

/// <summary>What `mentoreval report` was asked for.</summary>
public sealed record ReportOptions(string Cohort, string OutputFolder, string? CompareTo, int MinimumCell, string Program, string? Model);
