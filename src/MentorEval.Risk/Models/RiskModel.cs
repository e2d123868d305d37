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
    /// Scores every pair and gives the top three reasons. With a flag-share policy the top share of these pairs is
    /// flagged (the program's capacity); with a min-recall policy every pair at or above the validated threshold is.
    /// </summary>
    public IReadOnlyList<ClosureRisk> Predict(IReadOnlyList<PairRiskFeatures> pairs, RiskFeatureCatalog catalog)
    {
        if (pairs.Count == 0) return [];
        var (probabilities, contributions) = Score(pairs, catalog, 20, 0);

        var flagged = new bool[pairs.Count];
        if (Card.Policy.MinRecall is null)
        {
            // Capacity: at most the share, highest first; ties at the cut are broken by order rather than all taken.
            var capacity = (int)Math.Floor((Card.Policy.FlagShare ?? 0.2) * pairs.Count);
            foreach (var i in Enumerable.Range(0, pairs.Count).OrderByDescending(i => probabilities[i]).Take(capacity)) flagged[i] = true;
        }
        else
        {
            for (var i = 0; i < pairs.Count; i++) flagged[i] = probabilities[i] >= Card.Threshold;
        }

        var risks = new ClosureRisk[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            risks[i] = new ClosureRisk(pair.PairId, pair.Point.Cohort, pair.Point.Wave, probabilities[i], flagged[i],
                RiskMethod.Model, Reasons(pair, catalog, contributions[i]));
        }

        return risks;
    }

    /// <summary>
    /// Every feature of one pair with its value and its contribution to the score (positive pushes towards early closure),
    /// largest first, with the probability and the reasons <see cref="Predict"/> would give.
    /// </summary>
    public PairExplanation Explain(PairRiskFeatures pair, RiskFeatureCatalog catalog)
    {
        var (probabilities, contributions) = Score([pair], catalog, catalog.Features.Count, catalog.Features.Count);
        var byIndex = new double[catalog.Features.Count];
        foreach (var (index, value) in contributions[0].Items()) byIndex[index] = value;
        var features = Enumerable.Range(0, catalog.Features.Count)
            .Select(j => new FeatureContribution(catalog.Features[j].Name, pair.Values[j], byIndex[j]))
            .OrderByDescending(f => Math.Abs(f.Contribution)).ThenBy(f => f.Feature, StringComparer.Ordinal).ToList();
        return new PairExplanation(probabilities[0], features, Reasons(pair, catalog, contributions[0]));
    }

    private (float[] Probabilities, VBuffer<float>[] Contributions) Score(IReadOnlyList<PairRiskFeatures> pairs, RiskFeatureCatalog catalog, int positive, int negative)
    {
        if (Card.Mismatch(catalog) is { } problem) throw new RiskModelMismatchException(problem);
        var data = Data(ml, pairs.Select(p => new ModelRow { Features = Card.Scaling.Apply(p.Values) }), catalog.Features.Count);
        var scored = Contributions(positive, negative).Fit(data).Transform(predictor.Transform(data));
        return (scored.GetColumn<float>("Probability").ToArray(), scored.GetColumn<VBuffer<float>>("FeatureContributions").ToArray());
    }

    /// <summary>The strongest upward pushes that can be said in words; a missing value says nothing, its indicator does.</summary>
    private IReadOnlyList<string> Reasons(PairRiskFeatures pair, RiskFeatureCatalog catalog, VBuffer<float> contributions)
    {
        var reasons = new List<string>(3);
        foreach (var (index, _) in contributions.Items().Where(c => c.Value > 0).OrderByDescending(c => c.Value))
        {
            var (feature, value) = (catalog.Features[index], pair.Values[index]);
            if (!RiskReasons.IsAdverse(feature, value, Card.Scaling.Means[index])) continue;
            if (RiskReasons.Describe(feature, value, pair.Point) is not { } reason || reasons.Contains(reason)) continue;
            reasons.Add(reason);
            if (reasons.Count == 3) break;
        }

        return reasons;
    }

    private IEstimator<ITransformer> Contributions(int positive, int negative) => predictor switch
    {
        BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> tree =>
            ml.Transforms.CalculateFeatureContribution(tree, numberOfPositiveContributions: positive, numberOfNegativeContributions: negative),
        BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> linear =>
            ml.Transforms.CalculateFeatureContribution(linear, numberOfPositiveContributions: positive, numberOfNegativeContributions: negative),
        _ => throw new InvalidOperationException($"No feature contributions for a {predictor.GetType().Name}."),
    };

    /// <summary>Writes the model zip to <paramref name="model"/> and its JSON card to <paramref name="card"/>; the caller owns the files.</summary>
    public void Save(Stream model, Stream card)
    {
        ml.Model.Save(predictor, null, model);
        using var writer = new StreamWriter(card, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(Card.ToJson());
    }

    public static RiskModel Load(string path)
    {
        var card = RiskModelCard.FromJson(File.ReadAllText(CardPath(path)));
        if (card.Format != RiskModelCard.CurrentFormat)
            throw new RiskModelMismatchException($"the model card has format {card.Format}; this MentorEval reads format {RiskModelCard.CurrentFormat}. Train again with 'mentoreval risk train'");
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
