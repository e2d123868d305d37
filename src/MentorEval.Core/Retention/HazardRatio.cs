namespace MentorEval.Core.Retention;

/// <summary>
/// One covariate's row of a Cox model, as <c>summary(coxph(...))</c>: the coefficient, its standard error, the hazard
/// ratio exp(β) with its 95% Wald limits exp(β ± 1.96·se), and the Wald z and two-sided p.
/// </summary>
public sealed record HazardRatio(string Covariate, double Coefficient, double StdErr, double Ratio, double Lower, double Upper, double Z, double P);
