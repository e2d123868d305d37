using System.IO.Compression;
using System.Text;
using MentorEval.Core.Risk;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace MentorEval.Risk.Models;

/// <summary>
/// A trained early-closure model with its card: scores pairs, explains each score with the features that pushed it
/// up most (ML.NET feature contributions) and saves as a model zip beside a JSON card.
/// </summary>
public sealed class RiskModel
{
    private readonly MLContext ml;
    private readonly ITransformer predictor;

    internal RiskModel(MLContext ml, ITransformer predictor, RiskModelCard card)
    {
        this.ml = ml;
        this.predictor = predictor;
        Card = card;
    }

    public RiskModelCard Card { get; }

    /// <summary>Where the card of a model file lives: the same name with .json.</summary>
    public static string CardPath(string modelPath) => Path.ChangeExtension(modelPath, ".json");

    /// <summary>
    /// Scores every pair and gives its strongest reasons. The <paramref name="share"/> of these pairs with the highest
    /// probabilities is flagged (the program's capacity this time, by default the share chosen at training;
    /// <see cref="RiskFlags"/>); <see cref="Core.Risk.FlagRule"/> states it, with the cut it came to.
    /// </summary>
    public IReadOnlyList<ClosureRisk> Predict(IReadOnlyList<PairRiskFeatures> pairs, RiskFeatureCatalog catalog, double? share = null)
    {
        if (pairs.Count == 0) return [];
        var (probabilities, contributions) = Score(pairs, catalog, 20, 0);
        var flagged = RiskFlags.ByShare(probabilities.Select(p => (double)p).ToList(), pairs.Select(p => p.PairId).ToList(), share ?? Card.TrainingShare);
        return pairs.Select((pair, i) => new ClosureRisk(pair.PairId, pair.Point.Cohort, pair.Point.Wave, probabilities[i], flagged[i],
            RiskMethod.Model, Reasons(pair, catalog, contributions[i]))).ToList();
    }

    /// <summary>
    /// Flags the pairs by the share <paramref name="capacity"/> comes to on this model's held-out table (by default the
    /// share chosen at training), and states the rule with what that share caught on held-out cohorts. Null, with the
    /// <paramref name="problem"/>, when a minimum recall cannot be met or checked.
    /// </summary>
    public (IReadOnlyList<ClosureRisk> Risks, FlagRule Rule)? Judge(IReadOnlyList<PairRiskFeatures> pairs, RiskFeatureCatalog catalog, FlagCapacity? capacity, out string? problem)
    {
        var choice = (capacity ?? FlagCapacity.OfShare(Card.TrainingShare)).Choose(Card.HeldOut);
        problem = choice.Problem;
        if (problem is not null) return null;
        var risks = Predict(pairs, catalog, choice.Share);
        return (risks, Core.Risk.FlagRule.Of(RiskMethod.Model, risks, choice));
    }

    /// <summary>
    /// Every feature of one pair with its value and its contribution to the score (positive pushes towards early closure),
    /// largest first, with the probability and the reasons <see cref="Predict"/> would give.
    /// </summary>
    public PairExplanation Explain(PairRiskFeatures pair, RiskFeatureCatalog catalog)
    {
        var (probabilities, contributions) = Score([pair], catalog, catalog.Features.Count, catalog.Features.Count);
        var byIndex = new double[catalog.Features.Count];
        foreach (var (index, value) in contributions[0]) byIndex[index] = value;
        var features = Enumerable.Range(0, catalog.Features.Count)
            .Select(j => new FeatureContribution(catalog.Features[j].Name, pair.Values[j], byIndex[j]))
            .OrderByDescending(f => Math.Abs(f.Contribution)).ThenBy(f => f.Feature, StringComparer.Ordinal).ToList();
        return new PairExplanation(probabilities[0], features, Reasons(pair, catalog, contributions[0]));
    }

    /// <summary>
    /// Each pair's probability and its features' contributions (feature index → push). The contributions are copied out
    /// row by row: ML.NET reuses one sparse vector's arrays across the rows of a column, so vectors kept from
    /// GetColumn all end up showing (parts of) another row's contributions.
    /// </summary>
    private (float[] Probabilities, KeyValuePair<int, float>[][] Contributions) Score(IReadOnlyList<PairRiskFeatures> pairs, RiskFeatureCatalog catalog, int positive, int negative)
    {
        if (Card.Mismatch(catalog) is { } problem) throw new RiskModelMismatchException(problem);
        var data = Data(ml, pairs.Select(p => new ModelRow { Features = Card.Scaling.Apply(p.Values) }), catalog.Features.Count);
        var scored = Contributions(positive, negative).Fit(data).Transform(predictor.Transform(data));
        return (scored.GetColumn<float>("Probability").ToArray(), scored.GetColumn<VBuffer<float>>("FeatureContributions").Select(v => v.Items().ToArray()).ToArray());
    }

    /// <summary>The strongest pushes towards closing, said once each (<see cref="RiskReasons.Strongest"/>).</summary>
    private static IReadOnlyList<string> Reasons(PairRiskFeatures pair, RiskFeatureCatalog catalog, IEnumerable<KeyValuePair<int, float>> contributions) =>
        RiskReasons.Strongest(catalog, pair, contributions.Select(c => (c.Key, (double)c.Value)));

    private IEstimator<ITransformer> Contributions(int positive, int negative) => predictor switch
    {
        BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> tree =>
            ml.Transforms.CalculateFeatureContribution(tree, numberOfPositiveContributions: positive, numberOfNegativeContributions: negative),
        BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> linear =>
            ml.Transforms.CalculateFeatureContribution(linear, numberOfPositiveContributions: positive, numberOfNegativeContributions: negative),
        _ => throw new InvalidOperationException($"No feature contributions for a {predictor.GetType().Name}."),
    };

    /// <summary>
    /// Writes the model zip to <paramref name="model"/> and its JSON card to <paramref name="card"/>; the caller owns the
    /// files. A model its verdict did not keep is never written.
    /// </summary>
    public void Save(Stream model, Stream card)
    {
        if (!Card.Verdict.Kept) throw new InvalidOperationException($"This model was not kept, so it is not saved: {Card.Verdict.Reason}");
        ml.Model.Save(predictor, null, model);
        using var writer = new StreamWriter(card, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(Card.ToJson());
    }

    public static RiskModel Load(string path)
    {
        var card = RiskModelCard.FromJson(File.ReadAllText(CardPath(path)));
        if (card.Format != RiskModelCard.CurrentFormat)
            throw new RiskModelMismatchException($"the model card has format {card.Format}; this MentorEval reads format {RiskModelCard.CurrentFormat}. Train again with 'mentoreval risk train'");
        if (card.Verdict is not { Kept: true }) throw new RiskModelMismatchException($"its card says training did not keep it ({card.Verdict?.Reason ?? "no verdict recorded"})");
        var ml = new MLContext(card.Seed);
        try
        {
            using var stream = File.OpenRead(path);
            var loaded = ml.Model.Load(stream, out _);
            return new RiskModel(ml, loaded is TransformerChain<ITransformer> chain ? chain.LastTransformer : loaded, card);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException)
        {
            throw new RiskModelMismatchException($"\"{path}\" is not a readable MentorEval risk model ({e.Message}). Train again with 'mentoreval risk train'");
        }
    }

    internal static IDataView Data(MLContext ml, IEnumerable<ModelRow> rows, int width)
    {
        var schema = SchemaDefinition.Create(typeof(ModelRow));
        schema[nameof(ModelRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
