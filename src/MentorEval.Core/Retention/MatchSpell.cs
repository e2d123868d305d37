namespace MentorEval.Core.Retention;

/// <summary>
/// How long one pair has lasted, in months since its start, and whether that time ended in an early closure (the
/// event) or is censored (still running at the analysis date, or completed as planned).
/// </summary>
/// <see cref="Ended"/> says whether the roster gives the pair an outcome (closed or completed), for the early-closure rate.
public sealed record MatchSpell(string PairId, string Group, double Months, bool ClosedEarly, bool Ended = true);
