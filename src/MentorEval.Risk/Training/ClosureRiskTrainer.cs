using MentorEval.Core.Risk;
using MentorEval.Risk.Evaluation;
using MentorEval.Risk.Models;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace MentorEval.Risk.Training;

/// <summary>
/// Learns early closure from finished cohorts. Two trainers compete, a calibrated FastTree and an L2-regularised
/// logistic regression; each is judged on held-out cohorts only (leave-one-cohort-out with three or more cohorts,
/// else five folds grouped by pair, so no pair is on both sides), the better ROC AUC is refit on everything and kept,
/// and both evaluations go into the model card.
/// </summary>
public sealed class ClosureRiskTrainer(int seed = ClosureRiskTrainer.DefaultSeed)
{
    public const int DefaultSeed = 20261122;
    public const string FastTree = "fast-tree";
    public const string LogisticRegression = "logistic-regression";
    private const int ImportanceRows = 3000;
    private const string FastTreeSetting = "100 trees, 4 leaves, 50 pairs per leaf";

    /// <summary>L2 penalties tried for the logistic regression (on standardised features); the best held-out ROC AUC wins.</summary>
    public static readonly IReadOnlyList<float> L2Grid = [10f, 100f, 1000f];

    public static int EarlyClosures(IEnumerable<PairRiskFeatures> rows) =>
        rows.Where(r => r.ClosedEarlyAfter == true).Select(r => r.PairId).Distinct().Count();

    public RiskModel Train(IReadOnlyList<PairRiskFeatures> rows, RiskFeatureCatalog catalog, ThresholdPolicy policy, DateTimeOffset now)
    {
        var labelled = rows.Where(r => r.ClosedEarlyAfter is not null).ToList();
        var closures = EarlyClosures(labelled);
        if (closures < ClosureRiskRules.MinimumClosuresToLearn)
            throw new InvalidOperationException($"Only {closures} early closures to learn from; at least {ClosureRiskRules.MinimumClosuresToLearn} are needed.");

        var ml = new MLContext(seed);
        var labels = labelled.Select(r => r.ClosedEarlyAfter!.Value).ToArray();
        var (scheme, folds) = Folds(labelled);
        var candidates = new[] { (FastTree, 0f) }.Concat(L2Grid.Select(l2 => (LogisticRegression, l2)));
        var evaluations = candidates.Select(candidate =>
        {
            var (trainer, l2) = candidate;
            var outOfFold = new double[labelled.Count];
            foreach (var held in folds)
            {
                var train = Enumerable.Range(0, labelled.Count).Where(i => !held.Contains(i)).Select(i => labelled[i]).ToList();
                var scaling = FeatureScaling.Fit(train.Select(r => r.Values).ToList(), catalog.Features.Count);
                var model = Fit(ml, trainer, l2, train, scaling, catalog.Features.Count);
                var test = held.Order().ToList();
                var scored = model.Transform(RiskModel.Data(ml, test.Select(i => Row(labelled[i], scaling)), catalog.Features.Count))
                    .GetColumn<float>("Probability").ToArray();
                for (var k = 0; k < test.Count; k++) outOfFold[test[k]] = scored[k];
            }

            return EvaluationMetrics.Evaluate(trainer, scheme, outOfFold, labels, policy) with { Setting = trainer == FastTree ? FastTreeSetting : $"L2 {l2:0}" };
        }).ToList();
        // The logistic regression's penalty is tuned on the same held-out folds; only its best setting is recorded and compared.
        evaluations = evaluations.GroupBy(e => e.Trainer).Select(g => g.OrderByDescending(e => double.IsNaN(e.RocAuc) ? 0 : e.RocAuc).First()).ToList();

        var best = evaluations.OrderByDescending(e => double.IsNaN(e.RocAuc) ? 0 : e.RocAuc).First();
        var allScaling = FeatureScaling.Fit(labelled.Select(r => r.Values).ToList(), catalog.Features.Count);
        var final = Fit(ml, best.Trainer, best.Trainer == FastTree ? 0 : float.Parse(best.Setting![3..], System.Globalization.CultureInfo.InvariantCulture), labelled, allScaling, catalog.Features.Count);
        var importance = Importance(ml, final, labelled, allScaling, catalog);
        var cohorts = labelled.GroupBy(r => r.Point.Cohort).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TrainingCohort(g.Key, g.Select(r => r.PairId).Distinct().Count(), g.Count(), EarlyClosures(g))).ToList();
        var card = new RiskModelCard(RiskModelCard.CurrentFormat, now, seed, best.Trainer, catalog.Names, catalog.InstrumentVersions,
            catalog.Repeated.Order(StringComparer.Ordinal).ToList(), cohorts, evaluations, policy, best.Threshold, allScaling, importance);
        return new RiskModel(ml, final, card);
    }

    private static ModelRow Row(PairRiskFeatures pair, FeatureScaling scaling) =>
        new() { Label = pair.ClosedEarlyAfter == true, Features = scaling.Apply(pair.Values) };

    private static ITransformer Fit(MLContext ml, string trainer, float l2, IEnumerable<PairRiskFeatures> rows, FeatureScaling scaling, int width)
    {
        var data = ml.Data.Cache(RiskModel.Data(ml, rows.Select(r => Row(r, scaling)), width));
        return trainer == FastTree
            ? ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                // Small, shrunk trees: a program has hundreds of pairs, not millions, and many weak features.
                NumberOfTrees = 100,
                NumberOfLeaves = 4,
                MinimumExampleCountPerLeaf = 50,
                LearningRate = 0.05,
                FeatureFraction = 0.5,
            }).Fit(data)
            : ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                L2Regularization = l2,
                L1Regularization = 0f,
            }).Fit(data);
    }

    /// <summary>Rows of one cohort, or of one pair, always fall in the same fold.</summary>
    private (string Scheme, List<HashSet<int>> Folds) Folds(IReadOnlyList<PairRiskFeatures> rows)
    {
        var cohorts = rows.Select(r => r.Point.Cohort).Distinct().Order(StringComparer.Ordinal).ToList();
        if (cohorts.Count >= 3)
            return ("leave-one-cohort-out", cohorts.Select(c => Enumerable.Range(0, rows.Count).Where(i => rows[i].Point.Cohort == c).ToHashSet()).ToList());

        const int k = 5;
        var pairs = rows.Select(r => r.PairId).Distinct().Order(StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var fold = pairs.OrderBy(_ => random.Next()).Select((p, i) => (p, i % k)).ToDictionary(x => x.p, x => x.Item2, StringComparer.Ordinal);
        return ($"{k}-fold grouped by pair", Enumerable.Range(0, k).Select(f => Enumerable.Range(0, rows.Count).Where(i => fold[rows[i].PairId] == f).ToHashSet()).ToList());
    }

    /// <summary>Permutation importance (drop in ROC AUC) on a sample of the training rows, largest first.</summary>
    private IReadOnlyList<FeatureImportance> Importance(MLContext ml, ITransformer model, IReadOnlyList<PairRiskFeatures> rows, FeatureScaling scaling, RiskFeatureCatalog catalog)
    {
        var random = new Random(seed);
        var sample = rows.Count <= ImportanceRows ? rows : rows.OrderBy(_ => random.Next()).Take(ImportanceRows).ToList();
        var data = RiskModel.Data(ml, sample.Select(r => Row(r, scaling)), catalog.Features.Count);
        var drops = model switch
        {
            BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> tree =>
                ml.BinaryClassification.PermutationFeatureImportance(tree, data, permutationCount: 1),
            BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> linear =>
                ml.BinaryClassification.PermutationFeatureImportance(linear, data, permutationCount: 1),
            _ => throw new InvalidOperationException($"No permutation importance for a {model.GetType().Name}."),
        };
        return drops.Select((d, i) => new FeatureImportance(catalog.Features[i].Name, -d.AreaUnderRocCurve.Mean))
            .OrderByDescending(f => f.AucDrop).ToList();
    }
}
