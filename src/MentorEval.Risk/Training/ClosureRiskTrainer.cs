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
/// else five folds grouped by pair, so no pair is on both sides), the better ROC AUC is refit on everything, and both
/// evaluations go into the model card. The card's <see cref="ModelVerdict"/> says whether the model is worth keeping:
/// only if, on those held-out predictions, its ROC AUC's 95% interval lies above chance and its ROC AUC is above the
/// documented rules' on the same rows. A model that is not kept is never saved or used.
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

    private const int OuterFolds = 5;

    // Within a training part, a third of its pairs (or one of its cohorts) is held out to choose the penalty.
    private const int InnerFolds = 3;

    public static int EarlyClosures(IEnumerable<PairRiskFeatures> rows) =>
        rows.Where(r => r.ClosedEarlyAfter == true).Select(r => r.PairId).Distinct().Count();

    /// <param name="rows">Every (pair, prediction point) of the training cohorts; rows whose outcome is unknown are left out.</param>
    /// <param name="rulesConcern">For each of <paramref name="rows"/>, the documented rules' concern score at that point
    /// (<see cref="ClosureRiskRules.Concern"/> on the rules' features): what the model must beat.</param>
    public RiskModel Train(IReadOnlyList<PairRiskFeatures> rows, IReadOnlyList<double> rulesConcern, RiskFeatureCatalog catalog, ThresholdPolicy policy, DateTimeOffset now)
    {
        if (rulesConcern.Count != rows.Count) throw new ArgumentException($"{rulesConcern.Count} rule scores for {rows.Count} rows.", nameof(rulesConcern));
        var known = Enumerable.Range(0, rows.Count).Where(i => rows[i].ClosedEarlyAfter is not null).ToList();
        var labelled = known.Select(i => rows[i]).ToList();
        var closures = EarlyClosures(labelled);
        if (closures < ClosureRiskRules.MinimumClosuresToLearn)
            throw new InvalidOperationException($"Only {closures} early closures to learn from; at least {ClosureRiskRules.MinimumClosuresToLearn} are needed.");

        var ml = new MLContext(seed);
        var labels = labelled.Select(r => r.ClosedEarlyAfter!.Value).ToArray();
        var (scheme, folds) = Folds(labelled, OuterFolds);
        var treeHeldOut = OutOfFold(ml, FastTree, 0, labelled, folds, catalog);
        var tree = EvaluationMetrics.Evaluate(FastTree, scheme, treeHeldOut, labels, policy)
            with { Setting = FastTreeSetting };

        // The logistic regression's held-out predictions at every penalty. Each fold is then scored at the penalty its
        // own training part chose (nested: a penalty picked on the figures it is judged by would flatter it); the final
        // model takes the penalty the whole history's held-out predictions favour.
        var byPenalty = L2Grid.ToDictionary(l2 => l2, l2 => OutOfFold(ml, LogisticRegression, l2, labelled, folds, catalog));
        var nested = new double[labelled.Count];
        var chosen = new List<float>();
        foreach (var held in folds)
        {
            var penalty = BestPenalty(ml, Enumerable.Range(0, labelled.Count).Where(i => !held.Contains(i)).Select(i => labelled[i]).ToList(), catalog);
            chosen.Add(penalty);
            foreach (var i in held) nested[i] = byPenalty[penalty][i];
        }

        var finalPenalty = L2Grid.MaxBy(l2 => Auc(byPenalty[l2], labels));
        var logistic = EvaluationMetrics.Evaluate(LogisticRegression, scheme, nested, labels, policy) with
        {
            Setting = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"L2 {finalPenalty:0} (each held-out fold judged at the penalty its training part chose: {string.Join(", ", chosen.Select(c => c.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))})"),
        };
        var evaluations = new List<ModelEvaluation> { tree, logistic };
        var best = evaluations.OrderByDescending(e => double.IsNaN(e.RocAuc) ? 0 : e.RocAuc).First();
        var bestHeldOut = best.Trainer == FastTree ? treeHeldOut : nested;
        var rulesHeldOut = known.Select(i => rulesConcern[i]).ToList();
        var verdict = Verdict(bestHeldOut, labels, rulesHeldOut, policy);
        // The table a program picks each month's capacity from: the same held-out predictions as the ROC AUC, flagged as predict flags.
        var shares = HeldOutShares.Grid(policy.FlagShare ?? best.FlaggedShare);
        var allScaling = FeatureScaling.Fit(labelled.Select(r => r.Values).ToList(), catalog.Features.Count);
        var final = Fit(ml, best.Trainer, best.Trainer == FastTree ? 0 : finalPenalty, labelled, allScaling, catalog.Features.Count);
        var importance = Importance(ml, final, labelled, allScaling, catalog);
        var cohorts = labelled.GroupBy(r => r.Point.Cohort).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TrainingCohort(g.Key, g.Select(r => r.PairId).Distinct().Count(), g.Count(), EarlyClosures(g))).ToList();
        var card = new RiskModelCard(RiskModelCard.CurrentFormat, now, seed, best.Trainer, catalog.Names, catalog.InstrumentVersions,
            catalog.Repeated.Order(StringComparer.Ordinal).ToList(), cohorts, evaluations, policy, best.Threshold, allScaling, importance, verdict)
        {
            HeldOut = HeldOutShares.Of(bestHeldOut, labelled, shares),
            RulesHeldOut = HeldOutShares.Of(rulesHeldOut, labelled, shares, positiveOnly: true),
        };
        return new RiskModel(ml, final, card);
    }

    /// <summary>
    /// Kept only if the held-out ROC AUC's 95% interval (DeLong) lies above 0.5 and the ROC AUC is above the rules' on
    /// the same rows; the reason in words a program leader reads.
    /// </summary>
    public static ModelVerdict Verdict(IReadOnlyList<double> heldOut, IReadOnlyList<bool> labels, IReadOnlyList<double> rulesConcern, ThresholdPolicy policy)
    {
        var model = EvaluationMetrics.DeLong(heldOut, labels);
        var rules = EvaluationMetrics.RocAuc(rulesConcern, labels);
        var rulesRecall = double.NaN;
        if (policy.MinRecall is null)
        {
            var flagged = RiskFlags.ByShare(rulesConcern, rulesConcern.Select((_, i) => i.ToString("D9", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                policy.FlagShare ?? 0.2, positiveOnly: true);
            var closures = labels.Count(l => l);
            rulesRecall = closures == 0 ? double.NaN : (double)labels.Where((l, i) => l && flagged[i]).Count() / closures;
        }
        var aboveChance = model.Lower > 0.5;
        var aboveRules = model.Auc > rules || double.IsNaN(rules);
        string F(double v) => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        string P(double v) => v.ToString("0%", System.Globalization.CultureInfo.InvariantCulture);
        var how = $"On cohorts it had not learned from, the model ranked a pair that went on to close early above one that did not {P(model.Auc)} of the time " +
                  $"(ROC AUC {F(model.Auc)}, 95% CI {F(model.Lower)}–{F(model.Upper)}; guessing gets 50%, the documented rules {P(rules)})";
        var reason = (aboveChance, aboveRules) switch
        {
            (true, true) => $"Kept. {how}.",
            (false, true) => $"No model kept: {Lower(how)}, which cannot be told apart from guessing: its 95% interval reaches down to 50%.",
            (true, false) => $"No model kept: {Lower(how)}; the documented rules rank the pairs at least as well, and their reasons are plain rules.",
            _ => $"No model kept: {Lower(how)}, which cannot be told apart from guessing, and the documented rules rank the pairs at least as well.",
        };
        return new ModelVerdict(aboveChance && aboveRules, model, rules, rulesRecall, reason);
    }

    private static string Lower(string sentence) => char.ToLowerInvariant(sentence[0]) + sentence[1..];

    /// <summary>Each row's probability from the model fitted without its fold.</summary>
    private static double[] OutOfFold(MLContext ml, string trainer, float l2, IReadOnlyList<PairRiskFeatures> rows, List<HashSet<int>> folds,
        RiskFeatureCatalog catalog)
    {
        var outOfFold = new double[rows.Count];
        foreach (var held in folds)
        {
            var train = Enumerable.Range(0, rows.Count).Where(i => !held.Contains(i)).Select(i => rows[i]).ToList();
            var scaling = FeatureScaling.Fit(train.Select(r => r.Values).ToList(), catalog.Features.Count);
            var model = Fit(ml, trainer, l2, train, scaling, catalog.Features.Count);
            var test = held.Order().ToList();
            var scored = model.Transform(RiskModel.Data(ml, test.Select(i => Row(rows[i], scaling)), catalog.Features.Count))
                .GetColumn<float>("Probability").ToArray();
            for (var k = 0; k < test.Count; k++) outOfFold[test[k]] = scored[k];
        }

        return outOfFold;
    }

    /// <summary>
    /// The penalty with the best ROC AUC on one part of these rows held out (a cohort, or a third of the pairs) after
    /// fitting on the rest: one split, not a full inner cross-validation, which would triple the training time.
    /// </summary>
    private float BestPenalty(MLContext ml, IReadOnlyList<PairRiskFeatures> rows, RiskFeatureCatalog catalog)
    {
        var held = Folds(rows, InnerFolds).Folds[^1];
        var order = held.Order().ToList();
        var labels = order.Select(i => rows[i].ClosedEarlyAfter!.Value).ToArray();
        return L2Grid.MaxBy(l2 =>
        {
            var probabilities = OutOfFold(ml, LogisticRegression, l2, rows, [held], catalog);
            return Auc(order.Select(i => probabilities[i]).ToList(), labels);
        });
    }

    private static double Auc(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels) =>
        EvaluationMetrics.RocAuc(probabilities, labels) is var auc && double.IsNaN(auc) ? 0 : auc;

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

    /// <summary>Rows of one cohort, or of one pair, always fall in the same fold: one fold per cohort with three or
    /// more cohorts, else <paramref name="k"/> folds of pairs.</summary>
    private (string Scheme, List<HashSet<int>> Folds) Folds(IReadOnlyList<PairRiskFeatures> rows, int k)
    {
        var cohorts = rows.Select(r => r.Point.Cohort).Distinct().Order(StringComparer.Ordinal).ToList();
        if (cohorts.Count >= 3)
            return ("leave-one-cohort-out", cohorts.Select(c => Enumerable.Range(0, rows.Count).Where(i => rows[i].Point.Cohort == c).ToHashSet()).ToList());

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
