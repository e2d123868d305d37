namespace MentorEval.Core.Sample;

/// <summary>The shape of a synthetic program. The same options and seed always give the same program.</summary>
public sealed record SampleOptions
{
    public int Pairs { get; init; } = 120;

    public int Cohorts { get; init; } = 3;

    public IReadOnlyList<string> Waves { get; init; } = ["baseline", "month-3", "month-6", "end"];

    public int Seed { get; init; } = 20261122;

    /// <summary>When true the latest cohort is still running: its last wave has not happened and open pairs are active.</summary>
    public bool LatestCohortInProgress { get; init; } = true;

    /// <summary>First day of the first cohort; later cohorts start six months apart.</summary>
    public DateOnly FirstStart { get; init; } = new(2024, 9, 1);

    public int PlannedMonths { get; init; } = 9;
}
