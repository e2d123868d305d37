namespace MentorEval.Core.Risk;

/// <summary>
/// A ROC AUC with DeLong's standard error and its 95% confidence interval (normal, clipped to 0..1), as
/// pROC::ci.auc(roc(labels, probabilities, direction = "&lt;"), method = "delong") gives it.
/// </summary>
public sealed record AucInterval(double Auc, double StandardError, double Lower, double Upper);
