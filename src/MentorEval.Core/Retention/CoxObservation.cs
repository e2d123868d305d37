namespace MentorEval.Core.Retention;

/// <summary>One pair as a Cox model reads it: its time, whether it closed early, and its covariates (NaN = missing).</summary>
public sealed record CoxObservation(string PairId, double Months, bool ClosedEarly, IReadOnlyList<double> Covariates);
