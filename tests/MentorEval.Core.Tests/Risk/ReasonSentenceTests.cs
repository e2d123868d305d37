using MentorEval.Core.Risk;
using MentorEval.Core.Tests.Support;

namespace MentorEval.Core.Tests.Risk;

/// <summary>
/// Issue #12, "Risk where a leader needs it": a pair's reasons read as plain sentences (numbers said as a person would,
/// features in plain words, the wave each answer came from), and two reasons of one pair never say the same thing twice.
/// The pair here is after month-3 of the relationship check-in (given at baseline and month-3).
/// </summary>
public sealed class ReasonSentenceTests
{
    private static readonly RiskFeatureCatalog Catalog = new([ShippedInstruments.Get("relationship-checkin")], new HashSet<string> { "relationship-checkin" });

    private static readonly PredictionPoint Point = new("2026-spring", "month-3", 1, null,
        new Dictionary<string, IReadOnlyList<string>> { ["relationship-checkin"] = ["baseline", "month-3"] });

    /// <summary>A pair with the given raw values (everything else unknown except that both sides answered month-3).</summary>
    private static PairRiskFeatures Pair(params (string Feature, double Value)[] values)
    {
        var raw = Enumerable.Repeat(double.NaN, Catalog.Features.Count).ToArray();
        raw[Catalog.IndexOf("relationship-checkin.mentor.missed_streak")] = 0;
        raw[Catalog.IndexOf("relationship-checkin.mentee.missed_streak")] = 0;
        foreach (var (feature, value) in values) raw[Index(feature)] = value;
        return new PairRiskFeatures("P0001", Point, raw, null);
    }

    private static int Index(string feature) =>
        Catalog.IndexOf($"relationship-checkin.{feature}") is var i and >= 0 ? i : throw new ShouldAssertException($"no feature {feature}");

    /// <summary>The model's reasons for pushes (feature → contribution towards closing): strongest first, at most three.</summary>
    private static IReadOnlyList<string> Reasons(PairRiskFeatures pair, params (string Feature, double Push)[] pushes) =>
        RiskReasons.Strongest(Catalog, pair, pushes.Select(p => (Index(p.Feature), p.Push)));

    public static TheoryData<string, double, string> OneFeature => new()
    {
        { "mentee.meetings_count.latest", 0, "the mentee reported no meetings at the month-3 mentoring relationship check-in" },
        { "mentor.meetings_count.latest", 1, "the mentor reported one meeting at the month-3 mentoring relationship check-in" },
        { "mentee.meetings_count.latest", 3, "the mentee reported three meetings at the month-3 mentoring relationship check-in" },
        { "mentee.meetings_count.latest", 25, "the mentee reported 25 meetings at the month-3 mentoring relationship check-in" },
        { "mentor.relationship_quality.latest", 2.2, "the mentor rated relationship quality in the At risk band at the month-3 mentoring relationship check-in" },
        { "mentee.engagement.latest", 3.1, "the mentee rated engagement and commitment in the Watch band at the month-3 mentoring relationship check-in" },
        { "mentee.relationship_quality.change", -0.8, "the mentee's rating of relationship quality fell by 0.8 points from baseline to month-3" },
        { "mentor.progress.change", 1.0, "the mentor's rating of direction and progress rose by 1 point from baseline to month-3" },
        { "mentee.missed", 1, "the mentee missed one of the two waves of the mentoring relationship check-in so far" },
        { "pair.missed_latest", 1, "the mentor or the mentee skipped the month-3 mentoring relationship check-in" },
        { "gap.relationship_quality", -1.5, "the mentee rated relationship quality 1.5 points higher than the mentor" },
        { "mentee.no_answer", 1, "the mentee has not answered the mentoring relationship check-in yet" },
    };

    [Theory]
    [MemberData(nameof(OneFeature))]
    public void A_feature_s_value_reads_as_a_plain_sentence(string feature, double value, string sentence)
    {
        var pair = Pair((feature, value));

        Reasons(pair, (feature, 1.0)).ShouldBe([sentence]);
    }

    [Fact]
    public void A_score_from_an_earlier_wave_names_the_wave_it_was_answered_at()
    {
        var pair = Pair(("mentor.missed_streak", 1), ("mentor.relationship_quality.latest", 2.0));

        RiskReasons.Describe(Catalog, pair, Index("mentor.relationship_quality.latest"))
            .ShouldBe("the mentor rated relationship quality in the At risk band at the baseline mentoring relationship check-in");
    }

    [Fact]
    public void Two_scales_of_one_check_in_in_the_same_band_are_said_once_naming_both()
    {
        var pair = Pair(("mentee.relationship_quality.latest", 2.0), ("mentee.engagement.latest", 2.4), ("mentee.meetings_count.latest", 0));

        Reasons(pair, ("mentee.relationship_quality.latest", 0.9), ("mentee.meetings_count.latest", 0.5), ("mentee.engagement.latest", 0.4)).ShouldBe(
        [
            "the mentee rated relationship quality, and engagement and commitment in the At risk band at the month-3 mentoring relationship check-in",
            "the mentee reported no meetings at the month-3 mentoring relationship check-in",
        ]);
    }

    [Fact]
    public void A_side_not_answering_is_said_once_naming_the_side()
    {
        var pair = Pair(("pair.missed_latest", 1), ("mentee.missed_streak", 1), ("mentee.missed", 1));

        Reasons(pair, ("pair.missed_latest", 0.9), ("mentee.missed_streak", 0.6), ("mentee.missed", 0.5))
            .ShouldBe(["no mentoring relationship check-in from the mentee since baseline"]);
    }

    [Fact]
    public void A_model_gives_at_most_three_sentences_strongest_first_and_pushes_away_from_closing_are_no_reasons()
    {
        var pair = Pair(("mentor.relationship_quality.latest", 2.0), ("mentee.meetings_count.latest", 0), ("gap.engagement", 1.6),
            ("mentee.progress.change", -0.5), ("mentor.meetings_count.latest", 9));

        Reasons(pair, ("mentor.meetings_count.latest", -2.0), ("gap.engagement", 0.3), ("mentor.relationship_quality.latest", 0.8),
                ("mentee.meetings_count.latest", 0.6), ("mentee.progress.change", 0.1))
            .ShouldBe(
            [
                "the mentor rated relationship quality in the At risk band at the month-3 mentoring relationship check-in",
                "the mentee reported no meetings at the month-3 mentoring relationship check-in",
                "the mentor rated engagement and commitment 1.6 points higher than the mentee",
            ]);
    }

    [Fact]
    public void The_rules_say_each_thing_once_too()
    {
        var pair = Pair(("mentor.relationship_quality.latest", 2.0), ("mentor.progress.latest", 2.5), ("mentee.missed_streak", 1), ("pair.missed_latest", 1));

        ClosureRiskRules.Judge([pair], Catalog, flagShare: 1).Single().Reasons.ShouldBe(
        [
            "the mentor rated relationship quality, and direction and progress in the At risk band at the month-3 mentoring relationship check-in",
            "no mentoring relationship check-in from the mentee since baseline",
        ]);
    }
}
