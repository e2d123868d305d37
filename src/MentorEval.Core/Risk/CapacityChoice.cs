namespace MentorEval.Core.Risk;

/// <summary>
/// The share of running pairs to flag this time, as chosen by a <see cref="FlagCapacity"/>, with what that share did on
/// held-out cohorts (null when there is no held-out table). <see cref="Problem"/> is set, and nothing else is usable,
/// when a minimum recall cannot be met or checked.
/// </summary>
/// <param name="MinRecall">The minimum recall asked for, when the share was chosen by it.</param>
public sealed record CapacityChoice(double Share, double? MinRecall, HeldOutShare? HeldOut, string? Problem);
