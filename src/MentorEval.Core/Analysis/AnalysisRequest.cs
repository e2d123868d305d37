using MentorEval.Core.Pairs;

namespace MentorEval.Core.Analysis;

/// <summary>
/// What to analyse: one cohort (other cohorts' responses are used only for comparisons), the wave of interest
/// (default: each instrument's latest for that cohort), the earlier wave to measure change from (default: each
/// instrument's first), and the smallest group whose statistics may be shown.
/// </summary>
public sealed record AnalysisRequest(
    string Cohort,
    IReadOnlyList<RosterEntry> Roster,
    IReadOnlyList<InstrumentResponses> Instruments,
    string? Wave = null,
    string? CompareWave = null,
    int MinimumCell = 5);
