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
    /// Scores every pair and gives the top three reasons. With a flag-share policy the share of these pairs with the
    /// highest probabilities is flagged (the program's capacity; <see cref="RiskFlags"/>), with a min-recall policy every
    /// pair at or above the validated threshold; <see cref="FlagRule"/> states which, with the cut it came to.
    /// </summary>
    public IReadOnlyList<ClosureRisk> Predict(IReadOnlyList<PairRiskFeatures> pairs, RiskFeatureCatalog catalog)
    {
        if (pairs.Count == 0) return [];
        var (probabilities, contributions) = Score(pairs, catalog, 20, 0);
        var flagged = Card.Policy.MinRecall is null
            ? RiskFlags.ByShare(probabilities.Select(p => (double)p).ToList(), pairs.Select(p => p.PairId).ToList(), Card.Policy.FlagShare ?? 0.2)
            : probabilities.Select(p => p >= Card.Threshold).ToArray();
        return pairs.Select((pair, i) => new ClosureRisk(pair.PairId, pair.Point.Cohort, pair.Point.Wave, probabilities[i], flagged[i],
            RiskMethod.Model, Reasons(pair, catalog, contributions[i]))).ToList();
    }

    /// <summary>The rule <see cref="Predict"/> flagged <paramref name="risks"/> by, with the cut it came to.</summary>
    public FlagRule FlagRule(IReadOnlyList<ClosureRisk> risks) => Card.Policy.MinRecall is { } recall
        ? Core.Risk.FlagRule.Of(RiskMethod.Model, risks, null, Card.Threshold, recall)
        : Core.Risk.FlagRule.Of(RiskMethod.Model, risks, Card.Policy.FlagShare ?? 0.2);

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

    /// <summary>
    /// The largest pushes towards closing, in order: reason 1 is the largest positive contribution that can be a reason
    /// at all (every feature but the timing facts, <see cref="RiskReasons.IsReason"/>), said as its value is.
    /// </summary>
    private static IReadOnlyList<string> Reasons(PairRiskFeatures pair, RiskFeatureCatalog catalog, IEnumerable<KeyValuePair<int, float>> contributions)
    {
        var reasons = new List<string>(3);
        foreach (var (index, _) in contributions.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key))
        {
            if (RiskReasons.Describe(catalog.Features[index], pair.Values[index], pair.Point) is not { } reason || reasons.Contains(reason)) continue;
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
