namespace MentorEval.Core.Analysis;

/// <summary>One pair's mentor and mentee score on a scale, and their difference (mentor − mentee).</summary>
public sealed record PairGapRow(string PairId, double Mentor, double Mentee, double Gap);
