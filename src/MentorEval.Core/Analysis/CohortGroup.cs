namespace MentorEval.Core.Analysis;

public sealed record CohortGroup(string Cohort, int? N, double? Mean, double? Sd);
