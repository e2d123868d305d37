using MentorEval.Core.Instruments;
using MentorEval.Core.Reliability;
using MentorEval.Core.Statistics;

namespace MentorEval.Core.Scoring;

/// <summary>
/// One scale scored over a group of respondents: each respondent's score (NaN when too few items were answered),
/// a summary of the scores, and the scale's reliability on its items after reverse keying.
/// </summary>
public sealed record ScaleResult(Scale Scale, double[] Scores, ScoreSummary Summary, ScaleReliability Reliability);
