namespace MentorEval.Core.Statistics;

/// <summary>
/// The respondents whose score falls in the band ending at <see cref="UpTo"/> (above the previous band's bound):
/// how many, and their share of all answered scores (null when there are none).
/// </summary>
public sealed record BandShare(double UpTo, int Count, double? Share);
