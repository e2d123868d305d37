using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;

namespace MentorEval.Reporting.Content;

/// <summary>
/// How many of a role answered at least one survey at a wave, out of the pairs still running when the wave began (only
/// those pairs' answers count).
/// Counts of who answered reveal no answer, so they are never suppressed.
/// </summary>
public sealed record ResponseRateRow(string Wave, Role Role, int Responded, int Expected)
{
    public double? Rate => ExpectedResponses.Rate(Responded, Expected);
}
