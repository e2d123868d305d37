namespace MentorEval.Core.Risk;

/// <summary>
/// What flagging <see cref="Share"/> of the running pairs did on cohorts the judge had not learned from: the share of
/// early closures it caught (<see cref="Recall"/>) and the share of flagged pairs that went on to close early
/// (<see cref="Precision"/>); NaN when there was nothing to count.
/// </summary>
public sealed record HeldOutShare(double Share, double Recall, double Precision);
