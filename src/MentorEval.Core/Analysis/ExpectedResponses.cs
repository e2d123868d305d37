using MentorEval.Core.Pairs;

namespace MentorEval.Core.Analysis;

/// <summary>
/// Who is expected to answer a wave, and who of them did: the numerator and denominator of a response rate count the
/// same pairs. A pair is expected if it had not ended when the wave began (its first submission); an answer from a
/// pair that had already closed is kept for the scores but is not a response to be counted against the expected ones.
/// No cap: a rate above 100% would be a bug to see, not to hide.
/// </summary>
public static class ExpectedResponses
{
    /// <summary>The ids of the pairs expected at <paramref name="wave"/>, judged by when the cohort's answers to it began.</summary>
    public static IReadOnlySet<string> Pairs(IEnumerable<RosterEntry> pairs, IEnumerable<AnalysisResponse> cohortResponses, string wave) =>
        Pairs(pairs, WaveStart(cohortResponses, wave));

    public static IReadOnlySet<string> Pairs(IEnumerable<RosterEntry> pairs, DateTimeOffset waveStart) =>
        pairs.Where(p => ExpectedToAnswer(p, waveStart)).Select(p => p.PairId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The first submission to the wave (default when no answer carries a time).</summary>
    public static DateTimeOffset WaveStart(IEnumerable<AnalysisResponse> cohortResponses, string wave) =>
        cohortResponses.Where(r => r.Wave == wave && r.SubmittedAt is not null).Select(r => r.SubmittedAt!.Value).DefaultIfEmpty().Min();

    /// <summary>
    /// Respondents (by respondent and pair) among <paramref name="answered"/> who belong to an expected pair. Without a
    /// roster (<paramref name="rosterKnown"/> false) nobody is expected and every respondent counts.
    /// </summary>
    public static int Responding(IEnumerable<AnalysisResponse> answered, IReadOnlySet<string> expected, bool rosterKnown) =>
        answered.Where(r => !rosterKnown || r.PairId is not null && expected.Contains(r.PairId))
            .Select(r => (r.RespondentId, r.PairId)).Distinct().Count();

    public static double? Rate(int responding, int expected) => expected > 0 ? (double)responding / expected : null;

    /// <summary>A pair is expected to answer a wave if it had not yet ended when the wave began.</summary>
    private static bool ExpectedToAnswer(RosterEntry pair, DateTimeOffset waveStart)
    {
        if (waveStart == default) return true;
        var day = DateOnly.FromDateTime(waveStart.UtcDateTime);
        return pair.EndDate is not { } end || end >= day;
    }
}
