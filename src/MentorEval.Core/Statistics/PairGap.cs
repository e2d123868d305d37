namespace MentorEval.Core.Statistics;

/// <summary>
/// One mentor–mentee pair's scores on the same scale, with the difference (mentor − mentee) and the absolute gap;
/// a missing score is null, and so are the gap measures of that pair.
/// </summary>
public sealed record PairGap(double? Mentor, double? Mentee, double? Difference, double? AbsoluteGap);
