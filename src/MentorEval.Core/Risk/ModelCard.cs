namespace MentorEval.Core.Risk;

/// <summary>
/// What a trained model's card says, as its readers see it: the workbook and the CLI render it themselves. How it was
/// trained (trainer, cohorts, rows, seed, date), how it did on held-out cohorts (ROC AUC with its 95% interval against
/// the documented rules' on the same rows, PR AUC, Brier, calibration), the threshold chosen at training with its
/// validated figures, the held-out table a program chooses this month's capacity from, and what it leans on.
/// </summary>
/// <param name="File">The model file's name, or null when not read from a file.</param>
/// <param name="Setting">The trainer's settings, e.g. the logistic regression's L2 penalty.</param>
/// <param name="Scheme">How rows were held out, e.g. "leave-one-cohort-out".</param>
/// <param name="RocAuc">Held-out ROC AUC with DeLong's 95% interval.</param>
/// <param name="RulesRocAuc">The documented rules' ROC AUC on the same rows.</param>
/// <param name="TrainedFor">The capacity training was asked for (a share, or a minimum recall).</param>
/// <param name="Threshold">The probability the training capacity came to on held-out predictions.</param>
/// <param name="ThresholdShare">Share of held-out rows at or above <paramref name="Threshold"/>: the share chosen at training.</param>
/// <param name="ThresholdRecall">Share of held-out early closures at or above the threshold.</param>
/// <param name="ThresholdPrecision">Share of held-out rows at or above the threshold that closed early.</param>
/// <param name="HeldOut">The model's held-out recall and precision by share; null in a card written before the table was kept.</param>
/// <param name="RulesHeldOut">The documented rules' on the same rows; null in an older card.</param>
/// <param name="Importance">Strongest first.</param>
public sealed record ModelCard(
    string Trainer,
    string? Setting,
    DateTimeOffset CreatedAt,
    int Seed,
    string? File,
    IReadOnlyList<TrainingCohort> Cohorts,
    int Rows,
    int EarlyClosures,
    string Scheme,
    AucInterval RocAuc,
    double PrAuc,
    double Brier,
    double RulesRocAuc,
    FlagCapacity TrainedFor,
    double Threshold,
    double ThresholdShare,
    double ThresholdRecall,
    double ThresholdPrecision,
    IReadOnlyList<HeldOutShare>? HeldOut,
    IReadOnlyList<HeldOutShare>? RulesHeldOut,
    IReadOnlyList<CalibrationBin> Calibration,
    IReadOnlyList<NamedImportance> Importance,
    IReadOnlyDictionary<string, string> InstrumentVersions,
    int Features);
