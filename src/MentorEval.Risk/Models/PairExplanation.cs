namespace MentorEval.Risk.Models;

/// <summary>Why the model scored one pair as it did: its probability, every feature's push and the reasons in words.</summary>
public sealed record PairExplanation(double Probability, IReadOnlyList<FeatureContribution> Features, IReadOnlyList<string> Reasons);

/// <summary>One feature's raw value (NaN = missing, imputed) and how much it moved the pair's score (positive = towards early closure).</summary>
public sealed record FeatureContribution(string Feature, double Value, double Contribution);
