using MentorEval.Core.Risk;

namespace MentorEval.Risk.Tests.Training;

/// <summary>`risk explain`: the reasons are the largest pushes towards closing, in order, and every feature has a name in plain words.</summary>
public sealed class ExplanationTests(EarlyClosureModelTests.TrainedOnEarlierCohorts trained) : IClassFixture<EarlyClosureModelTests.TrainedOnEarlierCohorts>
{
    [Fact]
    public void Reason_1_is_the_largest_push_towards_closing_that_can_be_a_reason_and_the_next_largest_follow()
    {
        foreach (var risk in trained.Risks.Where(r => r.Flagged))
        {
            var pair = trained.Pairs.Single(p => p.PairId == risk.PairId);
            var explained = trained.Model.Explain(pair, trained.Catalog);
            var pushes = explained.Features.Select(f => (trained.Catalog.IndexOf(f.Feature), f.Contribution)).ToList();
            pushes.Where(p => p.Contribution > 0 && RiskReasons.IsReason(trained.Catalog.Features[p.Item1]))
                .ShouldAllBe(p => RiskReasons.Describe(trained.Catalog, pair, p.Item1) != null, $"pair {risk.PairId}: every large push has a sentence");
            // Issue #12: the largest pushes said once each (a push saying what a stronger one said of another topic joins its sentence).
            var largest = RiskReasons.Strongest(trained.Catalog, pair, pushes);

            explained.Reasons.ShouldBe(largest, $"pair {risk.PairId}");
            risk.Reasons.ShouldBe(largest, $"pair {risk.PairId}");
        }
    }

    [Fact]
    public void Every_feature_has_a_name_in_plain_words_not_its_id()
    {
        var names = trained.Catalog.Features.ToDictionary(f => f.Name, f => f.DisplayName);

        names.Values.ShouldAllBe(n => !n.Contains('.') && !n.Contains('_') && n.Length > 10);
        names.Values.Distinct().Count().ShouldBe(names.Count);
        names["relationship-checkin.mentee.missed_streak"].ShouldBe("Mentoring relationship check-in: waves in a row the mentee missed, up to now");
        names["relationship-checkin.pair.missed_latest"].ShouldBe("Mentoring relationship check-in: mentor or mentee skipped the latest wave");
        names["days_since_last_response"].ShouldBe("Days since either side last answered a survey");
        trained.Catalog.DisplayNameOf("relationship-checkin.mentee.missed_streak").ShouldBe(names["relationship-checkin.mentee.missed_streak"]);
    }
}
