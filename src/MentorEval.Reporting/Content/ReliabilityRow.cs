using MentorEval.Core.Pairs;
using MentorEval.Core.Reliability;

namespace MentorEval.Reporting.Content;

/// <summary>
/// One scale's reliability in one administration (wave × role) of the cohort. <see cref="Reliability"/> is null when
/// fewer respondents than the minimum cell answered: item statistics of a small group are close to its answers.
/// </summary>
public sealed record ReliabilityRow(string Instrument, string Scale, string ScaleTitle, string Wave, Role Role, int Respondents, ScaleReliability? Reliability)
{
    public bool Suppressed => Reliability is null;
}
