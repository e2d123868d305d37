namespace MentorEval.Core.Statistics;

/// <summary>
/// Pearson's r over <see cref="N"/> pairs with the two-sided p of H0: ρ = 0 (t with n − 2 df) and the Fisher-z
/// 95% CI, as R's cor.test; the CI needs at least 4 pairs and is null below that.
/// </summary>
public sealed record Correlation(double R, int N, double P, ConfidenceInterval? Ci);
