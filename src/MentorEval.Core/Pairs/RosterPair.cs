namespace MentorEval.Core.Pairs;

/// <summary>Who is paired with whom, and in which cohort: the part of a roster line that a response is checked against.</summary>
public sealed record RosterPair(string PairId, string Cohort, string MentorId, string MenteeId);
