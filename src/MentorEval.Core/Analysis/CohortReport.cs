namespace MentorEval.Core.Analysis;

/// <summary>Everything `analyze` finds for a cohort.</summary>
public sealed record CohortReport(
    string Cohort,
    int Pairs,
    IReadOnlyList<string> Waves,
    string? Wave,
    string? CompareWave,
    int MinimumCell,
    IReadOnlyList<ScaleGroupRow> Groups,
    IReadOnlyList<ChangeRow> Changes,
    IReadOnlyList<CohortComparisonRow> Comparisons,
    IReadOnlyList<DyadRow> Dyads);
