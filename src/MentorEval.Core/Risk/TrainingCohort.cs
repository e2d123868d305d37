namespace MentorEval.Core.Risk;

/// <summary>A cohort a model learned from: its pairs, the (pair, prediction point) rows and how many of those closed early afterwards.</summary>
public sealed record TrainingCohort(string Cohort, int Pairs, int Rows, int EarlyClosures);
