using MentorEval.Core.Risk;
using MentorEval.Risk.Evaluation;
using MentorEval.Risk.Models;

namespace MentorEval.Application.Risk;

/// <param name="Model">Where the model was written; null when it was not kept (nothing written).</param>
/// <param name="Existing">When not kept: what became of a model file already at the path (left as it was).</param>
public sealed record TrainSummary(string? Model, string? Card, bool Kept, string Reason, string? Existing, string Chosen, string Policy, double Threshold,
    IReadOnlyList<TrainingCohortFigures> TrainingCohorts, int Features, IReadOnlyList<EvaluationFigures> Evaluations, VerdictFigures Verdict,
    IReadOnlyList<NamedImportance> TopImportance)
{
    /// <summary>The program's early-closure rate beside the published 30–38% (<see cref="Core.Retention.EarlyClosureBaseRate"/>).</summary>
    public string? BaseRate { get; init; }
}

/// <summary>A cohort a model learned from, as its card records it.</summary>
public sealed record TrainingCohortFigures(string Cohort, int Pairs, int Rows, int EarlyClosures)
{
    internal static TrainingCohortFigures Of(TrainingCohort c) => new(c.Cohort, c.Pairs, c.Rows, c.EarlyClosures);
}

/// <summary>How one trainer did on held-out data only, as its card records it.</summary>
public sealed record EvaluationFigures(string Trainer, string Scheme, int Rows, int EarlyClosures, double RocAuc, double PrAuc, double Brier,
    IReadOnlyList<CalibrationFigures> Calibration, double Threshold, double FlaggedShare, double Recall, double Precision)
{
    /// <summary>The trainer's settings, e.g. the logistic regression's tuned L2 penalty.</summary>
    public string? Setting { get; init; }

    internal static EvaluationFigures Of(ModelEvaluation e) => new(e.Trainer, e.Scheme, e.Rows, e.EarlyClosures, e.RocAuc, e.PrAuc, e.Brier,
        e.Calibration.Select(b => new CalibrationFigures(b.From, b.To, b.Pairs, b.MeanPredicted, b.ObservedRate)).ToList(),
        e.Threshold, e.FlaggedShare, e.Recall, e.Precision) { Setting = e.Setting };
}

/// <summary>Pairs whose predicted probability fell in [From, To): how often they actually closed early.</summary>
public sealed record CalibrationFigures(double From, double To, int Pairs, double MeanPredicted, double ObservedRate);

/// <summary>Whether the trained model is kept, and against what: its held-out ROC AUC interval and the rules' figures on the same rows.</summary>
public sealed record VerdictFigures(bool Kept, AucFigures Model, double RulesRocAuc, double RulesRecall, string Reason)
{
    internal static VerdictFigures Of(ModelVerdict v) =>
        new(v.Kept, new AucFigures(v.Model.Auc, v.Model.StandardError, v.Model.Lower, v.Model.Upper), v.RulesRocAuc, v.RulesRecall, v.Reason);
}

/// <summary>A ROC AUC with its DeLong standard error and 95% interval.</summary>
public sealed record AucFigures(double Auc, double StandardError, double Lower, double Upper);

/// <param name="Concern">The rules' concern score (their severities added up), which decides their flags; null for a model.</param>
public sealed record PairRisk(string PairId, double? Probability, int? Concern, bool Flagged, RiskMethod Method, IReadOnlyList<string> Reasons);

/// <param name="FlagRule">The rule that decided the flags, as every view says it.</param>
/// <param name="Cut">The lowest flagged probability (or concern score); null when nothing is flagged.</param>
public sealed record PredictResult(string Cohort, string Wave, RiskMethod Method, string? Model, string? Note, string FlagRule, double? Cut, int Predicted, int Flagged,
    IReadOnlyList<PairRisk> Pairs)
{
    /// <summary>What the chosen share caught on held-out cohorts, in one sentence (<see cref="Core.Risk.FlagRule.HeldOutSentence"/>).</summary>
    public string? HeldOut { get; init; }

    /// <summary>The day the pairs are judged at (<see cref="PredictionPoint.AsOf"/>): pairs running then are counted, so the count can differ from today's.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The program's early-closure rate beside the published 30–38% (<see cref="Core.Retention.EarlyClosureBaseRate"/>).</summary>
    public string? BaseRate { get; init; }

    /// <summary>Who of the running pairs has not answered this wave's check-in.</summary>
    public UnansweredCheckIn? Unanswered { get; init; }
}

/// <param name="Feature">The feature's stable id, as the model card records it.</param>
/// <param name="Name">The feature in plain words.</param>
public sealed record ExplainedFeature(string Feature, string Name, double? Value, double? Contribution);

public sealed record ExplainResult(string PairId, string Cohort, string Wave, RiskMethod Method, string? Note, double? Probability, bool Flagged,
    IReadOnlyList<string> Reasons, IReadOnlyList<ExplainedFeature> Features);

/// <summary>How a judgement was made, in the word every view and file uses.</summary>
public static class RiskMethodText
{
    public static string Name(RiskMethod method) => method == RiskMethod.Model ? "model" : "rules";
}
