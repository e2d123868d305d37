using MentorEval.Risk.Evaluation;
using MentorEval.Risk.Models;
using MentorEval.Risk.Training;

namespace MentorEval.Risk.Tests.Training;

/// <summary>
/// A model is kept only if, on held-out cohorts, its ROC AUC's 95% interval lies above chance and its ROC AUC is above
/// the documented rules' on the same rows; otherwise it is never saved or used, and the verdict says why in words.
/// </summary>
public sealed class ModelVerdictTests(EarlyClosureModelTests.TrainedOnEarlierCohorts trained) : IClassFixture<EarlyClosureModelTests.TrainedOnEarlierCohorts>
{
    private static readonly bool[] Labels = [.. Enumerable.Repeat(true, 20), .. Enumerable.Repeat(false, 60)];

    [Fact]
    public void A_model_that_gives_every_pair_the_same_probability_is_not_kept_and_is_said_to_be_guessing()
    {
        var verdict = ClosureRiskTrainer.Verdict(Labels.Select(_ => 0.5).ToList(), Labels, Labels.Select(_ => 0.0).ToList(), ThresholdPolicy.Default);

        verdict.Kept.ShouldBeFalse();
        verdict.Model.Auc.ShouldBe(0.5);
        verdict.Reason.ShouldStartWith("No model kept: on cohorts it had not learned from, the model ranked a pair that went on to close early above one that did not 50% of the time");
        verdict.Reason.ShouldContain("cannot be told apart from guessing");
    }

    [Fact]
    public void A_model_the_rules_rank_as_well_as_is_not_kept_even_when_it_beats_chance()
    {
        // The model ranks 15 of the 20 closures above every other pair; the rules rank all 20 there.
        var model = Labels.Select((closed, i) => closed && i < 15 ? 0.9 : 0.1 + i / 1000.0).ToList();
        var rules = Labels.Select(closed => closed ? 5.0 : 1.0).ToList();

        var verdict = ClosureRiskTrainer.Verdict(model, Labels, rules, ThresholdPolicy.Default);

        verdict.Model.Lower.ShouldBeGreaterThan(0.5);
        verdict.RulesRocAuc.ShouldBe(1);
        verdict.Kept.ShouldBeFalse();
        verdict.Reason.ShouldContain("the documented rules rank the pairs at least as well");
    }

    [Fact]
    public void The_model_trained_on_earlier_cohorts_beats_chance_and_the_rules_and_its_card_says_so()
    {
        var verdict = trained.Model.Card.Verdict;

        verdict.Kept.ShouldBeTrue(verdict.Reason);
        verdict.Model.Auc.ShouldBe(trained.Model.Card.Chosen.RocAuc, 1e-12);
        verdict.Model.Lower.ShouldBeGreaterThan(0.5);
        verdict.Model.Auc.ShouldBeGreaterThan(verdict.RulesRocAuc);
        verdict.Reason.ShouldStartWith("Kept.");
    }

    [Fact]
    public void A_model_not_kept_is_never_saved_and_a_card_that_says_so_is_never_loaded()
    {
        using var folder = new TemporaryFolder();
        var path = folder.PathOf("program.db.risk-model.zip");
        using (var modelFile = File.Create(path))
        using (var cardFile = File.Create(RiskModel.CardPath(path)))
            trained.Model.Save(modelFile, cardFile);
        var card = RiskModelCard.FromJson(File.ReadAllText(RiskModel.CardPath(path)));
        File.WriteAllText(RiskModel.CardPath(path), (card with { Verdict = card.Verdict with { Kept = false, Reason = "No model kept: test." } }).ToJson());

        Should.Throw<RiskModelMismatchException>(() => RiskModel.Load(path)).Message.ShouldContain("did not keep it (No model kept: test.)");
    }
}
