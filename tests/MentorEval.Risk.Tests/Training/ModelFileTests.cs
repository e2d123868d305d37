using MentorEval.Core.Risk;
using MentorEval.Risk.Models;

namespace MentorEval.Risk.Tests.Training;

/// <summary>A saved model comes back with its card and predicts the same; it refuses data it was not trained on.</summary>
public sealed class ModelFileTests(EarlyClosureModelTests.TrainedOnEarlierCohorts trained) : IClassFixture<EarlyClosureModelTests.TrainedOnEarlierCohorts>
{
    [Fact]
    public void Model_and_card_round_trip_and_predict_the_same()
    {
        using var folder = new TemporaryFolder();
        var path = folder.PathOf("program.db.risk-model.zip");
        using (var model = File.Create(path))
        using (var card = File.Create(RiskModel.CardPath(path)))
            trained.Model.Save(model, card);
        File.Exists(RiskModel.CardPath(path)).ShouldBeTrue();

        var loaded = RiskModel.Load(path);
        loaded.Card.ToJson().ShouldBe(trained.Model.Card.ToJson());
        loaded.Card.Seed.ShouldBe(trained.Model.Card.Seed);
        loaded.Card.InstrumentVersions["relationship-checkin"].ShouldBe("1.0.0");
        var again = loaded.Predict(trained.Pairs, trained.Catalog);
        again.Select(r => r.Probability).ShouldBe(trained.Risks.Select(r => r.Probability));
        again.Select(r => r.Reasons.Count).ShouldBe(trained.Risks.Select(r => r.Reasons.Count));
    }

    [Fact]
    public void Predict_refuses_data_whose_instrument_versions_differ_and_says_which()
    {
        var changed = trained.Catalog.Instruments.Select(i => i.Id == "relationship-checkin" ? i with { Version = "2.0.0" } : i).ToList();
        var catalog = new RiskFeatureCatalog(changed, trained.Catalog.Repeated);

        Should.Throw<RiskModelMismatchException>(() => trained.Model.Predict(trained.Pairs, catalog))
            .Message.ShouldContain("instrument \"relationship-checkin\" is version 2.0.0 in the data but the model was trained on 1.0.0");
    }

    [Fact]
    public void Predict_refuses_data_missing_an_instrument_the_model_reads()
    {
        var catalog = new RiskFeatureCatalog(trained.Catalog.Instruments.Where(i => i.Id != "expectations-alignment").ToList(), trained.Catalog.Repeated);

        Should.Throw<RiskModelMismatchException>(() => trained.Model.Predict(trained.Pairs, catalog))
            .Message.ShouldContain("instrument \"expectations-alignment\" 1.0.0 has no responses in the data");
    }
}
