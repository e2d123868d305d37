using MentorEval.Core.Pairs;

namespace MentorEval.Storage.Roster;

/// <summary>A pair whose mentor or mentee the roster changed: from <paramref name="Since"/> on, only <paramref name="After"/> answers for that side.</summary>
public sealed record MemberChange(string PairId, Role Role, string Before, string After, DateOnly Since);
