using System.Text.Json.Nodes;
using MentorEval.Core.Risk;
using MentorEval.Risk.Models;

namespace MentorEval.Risk.Tests.Training;

/// <summary>
/// Issue #12, "Risk where a leader needs it": capacity is decided each month, not at training. The model card keeps a
/// held-out table (recall and precision by share, from the same held-out predictions as its ROC AUC, and the rules' on
/// the same rows), predict flags the share asked for this time, and an older card without the table still loads.
/// </summary>
public sealed class CapacityEachMonthTests(EarlyClosureModelTests.TrainedOnEarlierCohorts trained) : IClassFixture<EarlyClosureModelTests.TrainedOnEarlierCohorts>
{
    private RiskModelCard Card => trained.Model.Card;

    [Fact]
    public void The_card_keeps_held_out_recall_and_precision_for_every_share_from_5_to_50_percent_and_the_training_share()
    {
        var table = Card.HeldOut.ShouldNotBeNull();
        var shown = HeldOutShares.Shown(table, Card.TrainingShare);

        shown.Select(r => Math.Round(r.Share, 2)).ShouldBe([0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]);
        Card.TrainingShare.ShouldBe(0.3);
        // Flagging more never catches fewer; flagging everyone catches every early closure.
        table.Select(r => r.Recall).ShouldBeInOrder(SortDirection.Ascending);
        table[^1].Recall.ShouldBe(1);
        table.ShouldAllBe(r => r.Precision > 0 && r.Precision <= 1);
        // The model beat the rules on held-out cohorts (else it would not be kept): at the training share it catches more.
        var rules = Card.RulesHeldOut.ShouldNotBeNull();
        HeldOutShares.At(table, 0.3)!.Recall.ShouldBeGreaterThan(HeldOutShares.At(rules, 0.3)!.Recall);
    }

    [Fact]
    public void Predict_flags_the_share_asked_for_this_time_and_says_what_it_caught_on_held_out_cohorts()
    {
        var judged = trained.Model.Judge(trained.Pairs, trained.Catalog, FlagCapacity.OfShare(0.1), out var problem).ShouldNotBeNull();

        problem.ShouldBeNull();
        judged.Risks.Count(r => r.Flagged).ShouldBe((int)Math.Ceiling(0.1 * trained.Pairs.Count));
        var recall = HeldOutShares.At(Card.HeldOut, 0.1)!.Recall;
        judged.Rule.HeldOutSentence().ShouldBe(
            $"Flagging 10% of running pairs ({judged.Risks.Count(r => r.Flagged)} of {trained.Pairs.Count}) caught {recall:0%} of the early closures in held-out cohorts.");
        // By default, the share chosen at training.
        trained.Model.Judge(trained.Pairs, trained.Catalog, null, out _)!.Value.Risks.Count(r => r.Flagged)
            .ShouldBe((int)Math.Ceiling(0.3 * trained.Pairs.Count));
    }

    [Fact]
    public void A_minimum_recall_flags_the_smallest_share_whose_held_out_recall_reaches_it()
    {
        var judged = trained.Model.Judge(trained.Pairs, trained.Catalog, FlagCapacity.OfRecall(0.7), out _).ShouldNotBeNull();

        var smallest = Card.HeldOut!.Where(r => r.Recall >= 0.7).MinBy(r => r.Share)!;
        judged.Rule.Share.ShouldBe(smallest.Share);
        Card.HeldOut!.Where(r => r.Share < smallest.Share).ShouldAllBe(r => r.Recall < 0.7);
        judged.Rule.HeldOutSentence().ShouldContain("the smallest share that caught at least 70% of the early closures in held-out cohorts");
    }

    [Fact]
    public void A_card_written_before_the_held_out_table_still_loads_and_says_to_retrain()
    {
        var json = JsonNode.Parse(Card.ToJson())!.AsObject();
        json.Remove("heldOut");
        json.Remove("rulesHeldOut");

        var old = RiskModelCard.FromJson(json.ToJsonString());
        old.HeldOut.ShouldBeNull();
        var model = new RiskModelCard(old.Format, old.CreatedAt, old.Seed, old.Trainer, old.Features, old.InstrumentVersions, old.RepeatedInstruments,
            old.TrainingCohorts, old.Evaluations, old.Policy, old.Threshold, old.Scaling, old.Importance, old.Verdict);
        model.Describe(trained.Catalog, null).HeldOut.ShouldBeNull();
        var risks = trained.Risks;

        FlagRule.Of(RiskMethod.Model, risks, FlagCapacity.OfShare(0.2).Choose(old.HeldOut)).HeldOutSentence()
            .ShouldEndWith("; no held-out table in this model file; retrain to see it.");
        FlagCapacity.OfRecall(0.7).Choose(old.HeldOut).Problem.ShouldNotBeNull().ShouldContain("Give --flag-share instead");
    }

    [Fact]
    public void The_card_reaches_its_readers_as_a_typed_record_with_feature_names_in_plain_words()
    {
        var card = Card.Describe(trained.Catalog, "program.db.risk-model.zip");

        card.Trainer.ShouldBe(Card.Trainer);
        card.RocAuc.ShouldBe(Card.Verdict.Model);
        card.RulesRocAuc.ShouldBe(Card.Verdict.RulesRocAuc);
        card.ThresholdShare.ShouldBe(Card.Chosen.FlaggedShare);
        card.TrainedFor.ShouldBe(FlagCapacity.OfShare(0.3));
        card.HeldOut.ShouldBe(Card.HeldOut);
        card.Calibration.ShouldBe(Card.Chosen.Calibration);
        card.Rows.ShouldBe(Card.TrainingCohorts.Sum(c => c.Rows));
        card.Importance.ShouldAllBe(i => !i.Name.Contains('.') && !i.Name.Contains('_'));
    }
}
