namespace MentorEval.Core.Retention;

/// <summary>A roster pair left out of the retention figures, and why (so the count of pairs always adds up).</summary>
public sealed record ExcludedPair(string PairId, string Reason);
