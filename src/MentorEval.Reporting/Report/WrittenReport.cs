namespace MentorEval.Reporting.Report;

/// <summary>What a report run wrote: the workbook, the chart files, and the findings.</summary>
public sealed record WrittenReport(string Cohort, string Folder, string Workbook, IReadOnlyList<string> Charts, IReadOnlyList<string> Headlines,
    int Pairs, int Responses, int FlaggedPairs);
