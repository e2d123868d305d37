using MentorEval.Reporting.Report;

namespace MentorEval.Cli.Demo;

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
    WrittenReport Report);
