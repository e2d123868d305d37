namespace MentorEval.Core.Retention;

/// <summary>One group's row of a log-rank test: pairs, early closures observed and expected under equal hazards.</summary>
public sealed record LogRankGroup(string Group, int Pairs, int Observed, double Expected);
