using MentorEval.Core.Risk;

namespace MentorEval.Risk.Evaluation;

/// <summary>
/// Whether a trained model is worth keeping, judged on the held-out predictions the card reports: its ROC AUC's 95%
/// confidence interval (DeLong) must lie above 0.5, chance, and its ROC AUC must be above the documented rules' on the
/// same rows (the rules learn nothing, so every row is held out for them). <see cref="Reason"/> says it in words.
/// </summary>
/// <param name="RulesRocAuc">The rules' ROC AUC, their concern scores ranking the same rows.</param>
/// <param name="RulesRecall">Share of early closures the rules caught flagging the policy's share of rows (NaN with a min-recall policy).</param>
public sealed record ModelVerdict(bool Kept, AucInterval Model, double RulesRocAuc, double RulesRecall, string Reason);
