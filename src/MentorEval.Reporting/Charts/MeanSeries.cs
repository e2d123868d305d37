namespace MentorEval.Reporting.Charts;

/// <summary>
/// One line of a <see cref="ScaleMeansChart"/>: <c>Points[i]</c> belongs to <c>waves[i]</c>; null (suppressed or no data)
/// leaves a gap. Comparison series are drawn dashed with open markers, in the colour of the cohort series at the same
/// position among the cohort series (or of their role, when labels name the role).
/// </summary>
public sealed record MeanSeries(string Label, bool IsComparison, IReadOnlyList<MeanPoint?> Points);
