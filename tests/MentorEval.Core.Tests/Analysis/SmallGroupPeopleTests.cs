using MentorEval.Core.Analysis;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Tests.Analysis;

/// <summary>
/// The small-cell rule protects people, so it counts people: three mentors who each answered for two mentees, or who
/// answered a repeating check-in twice, are three respondents, however many scores they gave.
/// </summary>
public sealed class SmallGroupPeopleTests
{
    private static readonly Instrument CheckIn = InstrumentDefinition.Parse("""
        { "id": "mini", "version": "1.0.0", "title": "Mini check-in", "citation": "test", "roles": ["mentor", "mentee"],
          "responseScales": [ { "id": "a5", "min": 1, "max": 5 } ],
          "items": [ { "id": "q1", "text": "One", "responseScale": "a5" } ],
          "scales": [ { "id": "quality", "title": "Quality", "items": ["q1"] } ] }
        """, "mini").Instrument!;

    private static readonly DateTimeOffset Start = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    // Six pairs, three mentors: mentor M1 has pairs P1 and P2, M2 has P3 and P4, M3 has P5 and P6.
    private static readonly RosterEntry[] Roster = [.. Enumerable.Range(1, 6).Select(i =>
        new RosterEntry($"P{i}", "A", $"M{(i + 1) / 2}", $"E{i}", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1), PairStatus.Active, null, null))];

    private static AnalysisResponse Mentor(int pair, string wave, double score, int day = 0) =>
        new($"M{(pair + 1) / 2}", $"P{pair}", Role.Mentor, "A", wave, Start.AddDays(day), [score]);

    private static CohortReport Run(IEnumerable<AnalysisResponse> responses) =>
        CohortAnalysis.Run(new AnalysisRequest("A", Roster, [new InstrumentResponses(CheckIn, responses.ToList())], null, null, 5));

    [Fact]
    public void Three_mentors_answering_for_six_pairs_are_a_group_of_three_and_withheld()
    {
        var responses = Enumerable.Range(1, 6).Select(p => Mentor(p, "baseline", 1 + p % 5));

        var group = Run(responses).Groups.Single(g => g.Role == Role.Mentor);

        group.Suppressed.ShouldBeTrue();
        group.Mean.ShouldBeNull();
    }

    [Fact]
    public void Change_resting_on_three_mentors_is_withheld_though_they_gave_six_pairs_of_scores()
    {
        var responses = Enumerable.Range(1, 6).SelectMany(p => new[] { Mentor(p, "baseline", 2, 0), Mentor(p, "end", 4, 90) });

        var change = Run(responses).Changes.Single(c => c.Role == Role.Mentor);

        change.Suppressed.ShouldBeTrue();
        change.MeanChange.ShouldBeNull();
    }
}
