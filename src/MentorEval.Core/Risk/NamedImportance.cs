namespace MentorEval.Core.Risk;

/// <summary>A feature's permutation importance (drop in ROC AUC when it is shuffled), with its id and its name in plain words.</summary>
public sealed record NamedImportance(string Feature, string Name, double AucDrop);
