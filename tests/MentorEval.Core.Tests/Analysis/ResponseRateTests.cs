using MentorEval.Core.Analysis;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Tests.Analysis;

/// <summary>
/// Issue #15: a response rate counts only the pairs expected at the wave, on both sides. The case: 10 pairs
/// still running at the wave, 9 of them answer, and so does a pair that closed before the wave: 9/10 = 90%, where
/// 11/10 capped at 100% was shown. R: expected &lt;- roster$pair_id[is.na(roster$end) | roster$end &gt;= wave_start];
/// sum(expected %in% answered$pair_id) / length(expected) = 0.9 (exact).
/// </summary>
public sealed class ResponseRateTests
{
    private static readonly Instrument CheckIn = InstrumentDefinition.Parse("""
        { "id": "mini", "version": "1.0.0", "title": "Mini check-in", "citation": "test", "roles": ["mentor", "mentee"],
          "responseScales": [ { "id": "a5", "min": 1, "max": 5 } ],
          "items": [ { "id": "q1", "text": "One", "responseScale": "a5" } ],
          "scales": [ { "id": "quality", "title": "Quality", "items": ["q1"] } ] }
        """, "mini").Instrument!;

    private static readonly DateTimeOffset WaveStart = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    // P1–P10 running; P11 closed in February, before the wave began on 1 April.
    private static readonly IReadOnlyList<RosterEntry> Roster =
    [
        .. Enumerable.Range(1, 10).Select(i => new RosterEntry($"P{i}", "A", $"M{i}", $"E{i}", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1), PairStatus.Active, null, null)),
        new RosterEntry("P11", "A", "M11", "E11", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1), PairStatus.ClosedEarly, new DateOnly(2026, 2, 15), "moved"),
    ];

    // Mentees of P1–P9 and of the closed P11 answer; P10's mentee does not.
    private static readonly IReadOnlyList<AnalysisResponse> Answers =
        [.. new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 11 }.Select(i => new AnalysisResponse($"E{i}", $"P{i}", Role.Mentee, "A", "month-3", WaveStart.AddDays(i), [4.0]))];

    [Fact]
    public void An_answer_from_a_pair_that_closed_before_the_wave_is_not_counted_against_the_pairs_expected()
    {
        var report = CohortAnalysis.Run(new AnalysisRequest("A", Roster, [new InstrumentResponses(CheckIn, Answers)]));

        var group = report.Groups.Single(g => g.Role == Role.Mentee);
        group.Expected.ShouldBe(10);
        group.Responses.ShouldBe(9);
        group.ResponseRate.ShouldBe(0.9);
        group.N.ShouldBe(10); // the closed pair's answer still counts towards the scale's scores
    }

    [Fact]
    public void A_rate_is_never_capped_so_a_count_above_the_expected_would_show()
    {
        ExpectedResponses.Rate(11, 10).ShouldBe(1.1);
        ExpectedResponses.Rate(0, 0).ShouldBeNull();
    }
}
