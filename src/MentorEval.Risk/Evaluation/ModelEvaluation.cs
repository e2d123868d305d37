using MentorEval.Core.Risk;

namespace MentorEval.Risk.Evaluation;

/// <summary>
/// How one trainer did on held-out data only (pooled out-of-fold predictions, never the rows it learned from), and what
/// the chosen threshold would have flagged.
/// </summary>
public sealed record ModelEvaluation(
    string Trainer,
    string Scheme,
    int Rows,
    int EarlyClosures,
    double RocAuc,
    double PrAuc,
    double Brier,
    IReadOnlyList<CalibrationBin> Calibration,
    double Threshold,
    double FlaggedShare,
    double Recall,
    double Precision)
{
    /// <summary>The trainer's settings, e.g. the logistic regression's tuned L2 penalty.</summary>
    public string? Setting { get; init; }
}
