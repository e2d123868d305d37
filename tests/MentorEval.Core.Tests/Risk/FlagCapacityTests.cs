using MentorEval.Core.Risk;

namespace MentorEval.Core.Tests.Risk;

/// <summary>
/// Issue #12: capacity is decided each month. A share of running pairs, or the smallest share that caught a recall on
/// held-out cohorts; the held-out table is flagged as predict flags (per prediction point), and the sentence says what
/// the chosen share caught.
/// </summary>
public sealed class FlagCapacityTests
{
    [Theory]
    [InlineData("0.2", null, 0.2, null)]
    [InlineData(null, "0.6", null, 0.6)]
    [InlineData(null, "1", null, 1.0)]
    [InlineData(null, null, null, null)]
    public void Either_option_gives_the_capacity_and_neither_leaves_the_default(string? share, string? recall, double? expectedShare, double? expectedRecall)
    {
        var capacity = FlagCapacity.Parse(share, recall, out var problem);

        problem.ShouldBeNull();
        capacity?.Share.ShouldBe(expectedShare);
        capacity?.MinRecall.ShouldBe(expectedRecall);
        (capacity is null).ShouldBe(share is null && recall is null);
    }

    [Theory]
    [InlineData("0", null, "--flag-share must be a share of the running pairs above 0 and below 1 (got \"0\")")]
    [InlineData("1", null, "--flag-share must be a share of the running pairs above 0 and below 1 (got \"1\")")]
    [InlineData("1.5", null, "(got \"1.5\")")]
    [InlineData("abc", null, "(got \"abc\"); e.g. 0.2 flags a fifth of them.")]
    [InlineData("NaN", null, "(got \"NaN\")")]
    [InlineData(null, "0", "--min-recall must be a share of early closures above 0 and at most 1 (got \"0\")")]
    [InlineData("0.2", "0.6", "Give --flag-share or --min-recall, not both")]
    public void A_wrong_value_is_refused_with_what_was_expected(string? share, string? recall, string message)
    {
        FlagCapacity.Parse(share, recall, out var problem).ShouldBeNull();

        problem.ShouldNotBeNull().ShouldContain(message);
    }

    // Two prediction points of four pairs: the closures are P2 (scored 0.9) at the first, P5 and P7 (0.3, 0.1) at the second.
    private static readonly IReadOnlyList<PairRiskFeatures> Rows =
    [
        Row("P1", "month-1", false), Row("P2", "month-1", true), Row("P3", "month-1", false), Row("P4", "month-1", false),
        Row("P5", "month-2", true), Row("P6", "month-2", false), Row("P7", "month-2", true), Row("P8", "month-2", false),
    ];

    private static readonly IReadOnlyList<double> Scores = [0.5, 0.9, 0.2, 0.1, 0.3, 0.8, 0.1, 0.2];

    private static PairRiskFeatures Row(string pair, string wave, bool closed) =>
        new(pair, new PredictionPoint("2025-fall", wave, 0, null, new Dictionary<string, IReadOnlyList<string>>()), [], closed);

    [Fact]
    public void The_held_out_table_flags_each_prediction_point_s_share_as_predict_does_then_pools()
    {
        var table = HeldOutShares.Of(Scores, Rows, [0.25, 0.5, 0.75]);

        // 25%: one pair a point (P2, P6): 1 of 3 closures caught, 1 of 2 flagged closed. 50%: P2, P1, P6, P5. 75%: adds P3, P8.
        table.Select(r => r.Recall).ShouldBe([1 / 3.0, 2 / 3.0, 2 / 3.0], tolerance: 1e-12);
        table.Select(r => r.Precision).ShouldBe([0.5, 0.5, 2 / 6.0], tolerance: 1e-12);
    }

    [Fact]
    public void A_minimum_recall_flags_the_smallest_share_that_reached_it_and_says_so()
    {
        var table = HeldOutShares.Of(Scores, Rows, [0.25, 0.5, 0.75, 1.0]);

        var choice = FlagCapacity.OfRecall(0.6).Choose(table);
        choice.Problem.ShouldBeNull();
        choice.Share.ShouldBe(0.5);
        var risks = Enumerable.Range(0, 4).Select(i => new ClosureRisk($"Q{i}", "2026-spring", "month-1", 0.1 * i, i >= 2, RiskMethod.Model, [])).ToList();

        FlagRule.Of(RiskMethod.Model, risks, choice).HeldOutSentence()
            .ShouldBe("Flagging 50% of running pairs (2 of 4): the smallest share that caught at least 60% of the early closures in held-out cohorts (it caught 67%).");
        FlagCapacity.OfRecall(0.9).Choose(table.Take(3).ToList()).Problem.ShouldNotBeNull()
            .ShouldStartWith("No share caught 90% of the early closures in held-out cohorts (flagging 75% caught 67%)");
        FlagCapacity.OfRecall(0.6).Choose(null).Problem.ShouldNotBeNull().ShouldContain("Give --flag-share instead");
    }

    [Fact]
    public void The_sentence_says_what_the_chosen_share_caught_or_that_there_is_no_table()
    {
        var risks = Enumerable.Range(0, 40).Select(i => new ClosureRisk($"Q{i:00}", "2026-spring", "month-3", i / 40.0, i >= 32, RiskMethod.Model, [])).ToList();
        var table = new List<HeldOutShare> { new(0.2, 0.613, 0.4), new(0.25, 0.7, 0.35) };

        FlagRule.Of(RiskMethod.Model, risks, FlagCapacity.OfShare(0.2).Choose(table)).HeldOutSentence()
            .ShouldBe("Flagging 20% of running pairs (8 of 40) caught 61% of the early closures in held-out cohorts.");
        FlagRule.Of(RiskMethod.Model, risks, FlagCapacity.OfShare(0.2).Choose(null)).HeldOutSentence()
            .ShouldBe("Flagging 20% of running pairs (8 of 40); no held-out table in this model file; retrain to see it.");
        FlagRule.Of(RiskMethod.Rules, risks, FlagCapacity.OfShare(0.2).Choose(null)).HeldOutSentence()
            .ShouldBe("Flagging 20% of running pairs (8 of 40); the rules have no held-out figure (no finished cohort with early closures to check them on).");
        FlagRule.Of(RiskMethod.Rules, risks, FlagCapacity.OfShare(0.2).Choose(table)).HeldOutSentence()
            .ShouldBe("Flagging 20% of running pairs (8 of 40) caught 61% of the early closures in finished cohorts (the rules learn nothing, so every finished cohort is held out).");
    }
}
