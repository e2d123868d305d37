using MentorEval.Core.Risk;
using MentorEval.Risk.Evaluation;

namespace MentorEval.Risk.Tests.Evaluation;

/// <summary>
/// The held-out ROC AUC's 95% interval that decides whether a model is kept: DeLong's standard error, against pROC.
/// Values printed by Fixtures/make-auc-references.R (R 4.2.2, pROC 1.18.0); tolerance 1e-9 (closed form on both sides).
/// </summary>
public sealed class AucIntervalTests
{
    private const double PRoc = 1e-9;

    [Fact]
    public void DeLong_matches_pROC_on_continuous_scores_and_clips_the_interval_at_1()
    {
        // R: r <- roc(labels, probabilities, levels = c(FALSE, TRUE), direction = "<"); auc(r);
        //    sqrt(var(r, method = "delong")); ci.auc(r, method = "delong")   (case "Continuous scores", set.seed(11))
        bool[] labels = [true, true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false];
        double[] probabilities = [0.5521, 0.6956, 0.3282, 0.3629, 0.8785, 0.4665, 0.8932, 0.8061, 0.6801, 0.1972, 0.2265, 0.3212, 0.1258, 0.3417, 0.1751, 0.4043, 0.3491, 0.6196, 0.2705, 0.2581, 0.253, 0.3975, 0.301, 0.4881, 0.419, 0.403, 0.3572, 0.2376, 0.3495, 0.2004];

        var auc = EvaluationMetrics.DeLong(probabilities, labels);

        auc.Auc.ShouldBe(0.899470899471, PRoc);
        auc.StandardError.ShouldBe(0.0632048176043, PRoc);
        auc.Lower.ShouldBe(0.775591733317, PRoc);
        auc.Upper.ShouldBe(1);
    }

    [Fact]
    public void DeLong_matches_pROC_on_tied_integer_scores_like_the_rules_concern()
    {
        // R: as above on case "Tied integer scores" (set.seed(12)): ties count half on both sides.
        bool[] labels = [true, false, false, true, true, true, true, false, true, true, false, false, false, false, true, false, false, false, false, true, true, false, true, false, true, true, false, true, false, false, true, false, false, false, false, false, false, false, false, false];
        double[] scores = [3, 1, 4, 1, 4, 1, 2, 0, 1, 4, 1, 1, 1, 1, 3, 4, 1, 1, 1, 4, 3, 1, 6, 1, 2, 1, 0, 3, 1, 2, 2, 2, 1, 1, 1, 3, 2, 2, 0, 2];

        var auc = EvaluationMetrics.DeLong(scores, labels);

        auc.Auc.ShouldBe(0.761333333333, PRoc);
        auc.Auc.ShouldBe(EvaluationMetrics.RocAuc(scores, labels), 1e-12);
        auc.StandardError.ShouldBe(0.0759591926089, PRoc);
        auc.Lower.ShouldBe(0.612456051525, PRoc);
        auc.Upper.ShouldBe(0.910210615142, PRoc);
    }
}
