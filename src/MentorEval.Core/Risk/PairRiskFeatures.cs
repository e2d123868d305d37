namespace MentorEval.Core.Risk;

/// <summary>
/// One pair at one prediction point: raw feature values in the catalog's order (NaN = missing, imputed later) and,
/// when the outcome is known, whether it closed early after this point.
/// </summary>
public sealed record PairRiskFeatures(string PairId, PredictionPoint Point, double[] Values, bool? ClosedEarlyAfter);
