using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;

namespace MentorEval.Reporting.Content;

/// <summary>
/// What an end-of-cohort report is made from: the program's roster and stored responses (every cohort, so a
/// comparison cohort can be read), the cohort to report, the risk judgement of its pairs, and who made the report when.
/// </summary>
/// <param name="Program">The program's name, as the title of the report.</param>
/// <param name="CompareTo">Another cohort to set beside this one, or null.</param>
/// <param name="MinimumCell">Groups smaller than this show no statistics (the small-cell rule).</param>
/// <param name="Risk">The pairs' early-closure risk after the cohort's latest wave, or null when it could not be judged.</param>
public sealed record ReportRequest(
    string Program,
    string Cohort,
    string? CompareTo,
    int MinimumCell,
    IReadOnlyList<RosterEntry> Roster,
    IReadOnlyList<InstrumentResponses> Instruments,
    RiskAssessment? Risk,
    string SoftwareVersion,
    DateTimeOffset GeneratedAt)
{
    /// <summary>The program's table of closure reasons (retention/closure-reasons.csv); without one every reason is listed as unmapped.</summary>
    public Core.Retention.ClosureReasonTable ClosureReasons { get; init; } = Core.Retention.ClosureReasonTable.Empty;
}
