namespace MentorEval.Core.Analysis;

/// <summary>The share of a group's scores in one band of the scale's definition.</summary>
public sealed record BandShareRow(string Label, bool Concern, double? Share);
