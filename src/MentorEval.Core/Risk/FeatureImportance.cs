namespace MentorEval.Core.Risk;

/// <summary>How much the model's ROC AUC drops when one feature's values are shuffled (permutation importance).</summary>
public sealed record FeatureImportance(string Feature, double AucDrop);
