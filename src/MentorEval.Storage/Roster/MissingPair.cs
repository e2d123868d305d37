namespace MentorEval.Storage.Roster;

/// <summary>A stored pair that a re-imported roster leaves out: kept as it was, with its stored answers.</summary>
public sealed record MissingPair(string PairId, string Cohort, int StoredAnswers);
