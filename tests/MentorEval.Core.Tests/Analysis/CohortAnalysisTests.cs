using MentorEval.Core.Analysis;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Statistics;

namespace MentorEval.Core.Tests.Analysis;

/// <summary>
/// The cohort evaluation wires stored responses to the statistics (themselves checked against R in Statistics/):
/// the right people in each group, pairs matched across waves and roles, and small groups never shown.
/// </summary>
public sealed class CohortAnalysisTests
{
    private static readonly Instrument CheckIn = InstrumentDefinition.Parse("""
        { "id": "mini", "version": "1.0.0", "title": "Mini check-in", "citation": "test", "roles": ["mentor", "mentee"],
          "responseScales": [ { "id": "a5", "min": 1, "max": 5 } ],
          "items": [ { "id": "q1", "text": "One", "responseScale": "a5" }, { "id": "q2", "text": "Two", "responseScale": "a5", "reverse": true } ],
          "scales": [ { "id": "quality", "title": "Quality", "items": ["q1", "q2"],
                        "bands": [ { "upTo": 2.5, "label": "at risk", "concern": true }, { "upTo": 5, "label": "fine" } ] } ] }
        """, "mini").Instrument!;

    private static readonly DateTimeOffset Start = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    private static RosterEntry Pair(int i, string cohort = "A", DateOnly? closed = null) =>
        new($"P{i}", cohort, $"M{i}", $"E{i}", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1),
            closed is null ? PairStatus.Active : PairStatus.ClosedEarly, closed, closed is null ? null : "moved");

    /// <summary>A response whose quality score is <paramref name="score"/> (q1 = score, q2 reversed to the same).</summary>
    private static AnalysisResponse Answer(int pair, Role role, string wave, double score, string cohort = "A", int month = 0) =>
        new(role == Role.Mentor ? $"M{pair}" : $"E{pair}", $"P{pair}", role, cohort, wave, Start.AddMonths(month), [score, 6 - score]);

    private static CohortReport Run(IEnumerable<RosterEntry> roster, IEnumerable<AnalysisResponse> responses, int minimumCell = 5,
        string? wave = null, string? compareWave = null) =>
        CohortAnalysis.Run(new AnalysisRequest("A", roster.ToList(), [new InstrumentResponses(CheckIn, responses.ToList())], wave, compareWave, minimumCell));

    [Fact]
    public void A_group_is_summarised_with_its_response_rate_and_band_shares()
    {
        var roster = Enumerable.Range(1, 8).Select(i => Pair(i));
        var scores = new[] { 1.0, 2.0, 3.0, 4.0, 5.0, 4.0 };
        var responses = scores.Select((s, i) => Answer(i + 1, Role.Mentee, "baseline", s));

        var group = Run(roster, responses).Groups.Single(g => g.Role == Role.Mentee);

        group.Suppressed.ShouldBeFalse();
        group.Responses.ShouldBe(6);
        group.Expected.ShouldBe(8);
        group.ResponseRate.ShouldBe(0.75);
        group.Mean.ShouldBe(GroupSummary.Describe(scores).Mean);
        group.Bands.Single(b => b.Concern).Share.ShouldBe(2.0 / 6);
    }

    [Fact]
    public void A_group_smaller_than_the_minimum_cell_shows_no_number_at_all()
    {
        var roster = Enumerable.Range(1, 8).Select(i => Pair(i));
        var responses = new[] { 4.0, 5.0, 3.0 }.Select((s, i) => Answer(i + 1, Role.Mentor, "baseline", s));

        var group = Run(roster, responses).Groups.Single(g => g.Role == Role.Mentor);

        group.Suppressed.ShouldBeTrue();
        new object?[] { group.Responses, group.N, group.Mean, group.Sd, group.Median, group.CiLower, group.ResponseRate }.ShouldAllBe(x => x == null);
        group.Bands.ShouldBeEmpty();
    }

    [Fact]
    public void Pairs_that_closed_before_a_wave_are_not_expected_to_answer_it()
    {
        var roster = new[] { Pair(1), Pair(2), Pair(3, closed: new DateOnly(2026, 2, 1)) };
        var responses = new[] { Answer(1, Role.Mentee, "baseline", 4), Answer(1, Role.Mentee, "month-3", 4, month: 3) };

        var groups = Run(roster, responses, minimumCell: 1).Groups;

        groups.Single(g => g.Wave == "baseline" && g.Role == Role.Mentee).Expected.ShouldBe(3);
        groups.Single(g => g.Wave == "month-3" && g.Role == Role.Mentee).Expected.ShouldBe(2);
    }

    [Fact]
    public void Change_pairs_each_respondent_with_themselves_and_leaves_out_those_at_one_wave_only()
    {
        var roster = Enumerable.Range(1, 7).Select(i => Pair(i));
        var before = new[] { 2.0, 3.0, 3.0, 4.0, 2.0, 3.0 };
        var after = new[] { 3.0, 3.0, 4.0, 5.0, 4.0 };
        var responses = before.Select((s, i) => Answer(i + 1, Role.Mentee, "baseline", s))
            .Concat(after.Select((s, i) => Answer(i + 1, Role.Mentee, "end", s, month: 6)));

        var change = Run(roster, responses).Changes.Single(c => c.Role == Role.Mentee);

        var expected = ChangeAnalysis.Paired(before.Take(5).ToList(), after.ToList());
        change.FromWave.ShouldBe("baseline");
        change.ToWave.ShouldBe("end");
        change.NPaired.ShouldBe(5);
        change.MeanChange.ShouldBe(expected.MeanChange);
        change.T.ShouldBe(expected.PairedT!.T);
        change.CohensDz.ShouldBe(expected.CohensDz);
    }

    [Fact]
    public void Dyads_match_mentor_and_mentee_of_the_same_pair()
    {
        var roster = Enumerable.Range(1, 6).Select(i => Pair(i));
        var mentor = new[] { 4.0, 5.0, 3.0, 4.0, 2.0, 5.0 };
        var mentee = new[] { 3.0, 5.0, 2.0, 4.0, 3.0 };
        var responses = mentor.Select((s, i) => Answer(i + 1, Role.Mentor, "end", s))
            .Concat(mentee.Select((s, i) => Answer(i + 1, Role.Mentee, "end", s)));

        var dyad = Run(roster, responses).Dyads.Single();

        var expected = DyadAnalysis.Compare(mentor.Take(5).ToList(), mentee.ToList());
        dyad.NPairs.ShouldBe(5);
        dyad.MeanGap.ShouldBe(expected.MeanGap);
        dyad.Icc2.ShouldBe(expected.Icc2?.Value);
        dyad.Pairs.Select(p => (p.PairId, p.Gap)).ShouldBe([("P1", 1.0), ("P2", 0.0), ("P3", 1.0), ("P4", 0.0), ("P5", -1.0)]);
    }

    [Fact]
    public void Each_instrument_is_read_at_its_own_latest_wave_unless_a_wave_is_asked_for()
    {
        // The competency survey is given at baseline and end; the check-in alone at a later month-9 wave.
        var competency = CheckIn with { Id = "competency" };
        var roster = Enumerable.Range(1, 6).Select(i => Pair(i)).ToList();
        var competencyAnswers = Enumerable.Range(1, 6).SelectMany(i => new[]
        {
            Answer(i, Role.Mentee, "baseline", 2, month: 0), Answer(i, Role.Mentee, "end", 4, month: 6),
            Answer(i, Role.Mentor, "end", 3, month: 6),
        }).ToList();
        var checkInAnswers = Enumerable.Range(1, 6).SelectMany(i => new[]
        {
            Answer(i, Role.Mentee, "baseline", 3, month: 0), Answer(i, Role.Mentee, "month-9", 5, month: 9),
        }).ToList();
        var instruments = new[] { new InstrumentResponses(competency, competencyAnswers), new InstrumentResponses(CheckIn, checkInAnswers) };

        var report = CohortAnalysis.Run(new AnalysisRequest("A", roster, instruments));

        report.Wave.ShouldBe("month-9");
        report.Changes.Where(c => c.Role == Role.Mentee).Select(c => (c.Instrument, c.FromWave, c.ToWave, c.MeanChange))
            .ShouldBe([("competency", "baseline", "end", 2.0), ("mini", "baseline", "month-9", 2.0)]);
        report.Dyads.Single(d => d.Instrument == "competency").Wave.ShouldBe("end");

        var asked = CohortAnalysis.Run(new AnalysisRequest("A", roster, instruments, Wave: "end"));
        asked.Changes.Where(c => c.Instrument == "competency" && c.Role == Role.Mentee).Single().ToWave.ShouldBe("end");
        asked.Changes.Where(c => c.Instrument == "mini" && c.Role == Role.Mentee).Single().Suppressed.ShouldBeTrue(); // no check-in at "end"
    }

    [Fact]
    public void Another_cohort_at_the_same_wave_is_compared_with_Welch_t_and_Hedges_g()
    {
        var roster = Enumerable.Range(1, 12).Select(i => Pair(i, i <= 6 ? "A" : "B"));
        var ours = new[] { 4.0, 5.0, 3.0, 4.0, 4.5, 3.5 };
        var theirs = new[] { 2.0, 3.0, 3.0, 2.5, 3.5, 2.0 };
        var responses = ours.Select((s, i) => Answer(i + 1, Role.Mentee, "end", s))
            .Concat(theirs.Select((s, i) => Answer(i + 7, Role.Mentee, "end", s, cohort: "B")));

        var comparison = Run(roster, responses).Comparisons.Single();

        var expected = GroupComparison.TwoGroups(ours, theirs);
        comparison.Test.ShouldBe("Welch t");
        comparison.P.ShouldBe(expected.WelchT!.P);
        comparison.HedgesG.ShouldBe(expected.HedgesG);
        comparison.Cohorts.Select(c => c.Cohort).ShouldBe(["A", "B"]);
    }

    [Fact]
    public void Waves_are_ordered_by_when_they_were_answered_not_by_name()
    {
        var responses = new[] { Answer(1, Role.Mentee, "end", 3, month: 9), Answer(1, Role.Mentee, "baseline", 3), Answer(1, Role.Mentee, "midpoint", 3, month: 4) };

        CohortAnalysis.WaveOrder(responses).ShouldBe(["baseline", "midpoint", "end"]);
    }
}
