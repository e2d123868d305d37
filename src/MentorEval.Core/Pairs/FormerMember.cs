namespace MentorEval.Core.Pairs;

/// <summary>
/// Someone who was a pair's mentor or mentee from <paramref name="Since"/> until the roster replaced them on
/// <paramref name="Until"/> (by <paramref name="Successor"/>): their answers for the pair count only if given before then.
/// </summary>
public sealed record FormerMember(string PairId, Role Role, string MemberId, DateOnly Since, DateOnly Until, string Successor);
