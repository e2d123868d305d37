namespace MentorEval.Core.Risk;

/// <summary>Pairs whose predicted probability fell in [From, To): how often they actually closed early.</summary>
public sealed record CalibrationBin(double From, double To, int Pairs, double MeanPredicted, double ObservedRate);
