namespace MentorEval.Reporting.Charts;

/// <summary>One group of bars of a <see cref="ResponseRateChart"/>: <c>Rates[i]</c> (0..1) for <c>waves[i]</c>; null = no bar.</summary>
public sealed record RateSeries(string Label, IReadOnlyList<double?> Rates);
