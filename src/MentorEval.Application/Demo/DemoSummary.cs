using MentorEval.Application.Reports;

namespace MentorEval.Application.Demo;

/// <summary>What the demo did and where everything it wrote is.</summary>
public sealed record DemoSummary(
    string SampleFolder,
    bool SampleGenerated,
    string Database,
    int SurveyFiles,
    int ResponsesImported,
    int RowsRejected,
    string? Model,
    string? ModelCard,
    string? ModelNote,
    string ReportedCohort,
    string? ComparedWith,
    WrittenReportSummary Report);
