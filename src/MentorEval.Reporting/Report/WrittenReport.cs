namespace MentorEval.Reporting.Report;

/// <summary>What a report run wrote: the workbook, the PDF brief, the chart files, and the findings.</summary>
public sealed record WrittenReport(string Cohort, string Folder, string Workbook, string Brief, IReadOnlyList<string> Charts, IReadOnlyList<string> Headlines,
    int Pairs, int Responses, int FlaggedPairs);
