namespace MentorEval.Core.Tests.Retention;

/// <summary>
/// Issue #18: the Cox model of early closure on baseline covariates and its proportional-hazards check equal R's on
/// the hand-made roster and the sample program. References: Fixtures/make_fixtures.R. Tolerance: <see cref="RReference.Cox"/> (1e-4).
/// </summary>
public sealed class CoxReferenceTests
{
    public static TheoryData<string> Rosters => new() { "handmade", "sample" };

    [Theory]
    [MemberData(nameof(Rosters))]
    public void Coefficients_hazard_ratios_and_wald_limits_equal_coxph_with_efron_ties(string roster)
    {
        // R: summary(coxph(Surv(months, closed) ~ covariates, ties = "efron")): coef, se(coef), exp(coef), lower .95,
        // upper .95, z, Pr(>|z|); fit$n, fit$nevent, fit$loglik, the likelihood ratio test.
        var cox = RetentionFixtures.Report(roster).Cox.ShouldNotBeNull();
        var rows = RReference.Read($"{roster}-cox.csv");
        cox.Converged.ShouldBeTrue();
        cox.HazardRatios.Select(h => h.Covariate).ShouldBe(rows.Select(r => r.Text("term")));
        foreach (var (h, r) in cox.HazardRatios.Zip(rows))
        {
            var where = $"{roster} {h.Covariate}";
            h.Coefficient.ShouldBe(r.Value("coef"), RReference.Cox, where);
            h.StdErr.ShouldBe(r.Value("se"), RReference.Cox, where);
            h.Ratio.ShouldBe(r.Value("hr"), RReference.Cox * Math.Max(1, r.Value("hr")), where);
            h.Lower.ShouldBe(r.Value("lower"), RReference.Cox * Math.Max(1, r.Value("lower")), where);
            h.Upper.ShouldBe(r.Value("upper"), RReference.Cox * Math.Max(1, r.Value("upper")), where);
            h.Z.ShouldBe(r.Value("z"), RReference.Cox, where);
            h.P.ShouldBe(r.Value("p"), RReference.Cox, where);
        }

        cox.Pairs.ShouldBe((int)rows[0].Value("n"));
        cox.Closures.ShouldBe((int)rows[0].Value("events"));
        cox.LogLikelihoodNull.ShouldBe(rows[0].Value("loglik0"), RReference.Cox);
        cox.LogLikelihood.ShouldBe(rows[0].Value("loglik"), RReference.Cox);
        cox.LikelihoodRatio.ChiSquare.ShouldBe(rows[0].Value("lr"), RReference.Cox);
        cox.LikelihoodRatio.Df.ShouldBe((int)rows[0].Value("lr_df"));
        cox.LikelihoodRatio.P.ShouldBe(rows[0].Value("lr_p"), RReference.Cox);
    }

    [Theory]
    [MemberData(nameof(Rosters))]
    public void The_proportional_hazards_check_equals_cox_zph_with_the_km_transform(string roster)
    {
        // R: cox.zph(fit)$table (transform = "km", terms = TRUE, global = TRUE): chisq, df, p per covariate and GLOBAL.
        var check = RetentionFixtures.Report(roster).Cox.ShouldNotBeNull().ProportionalHazards.ShouldNotBeNull();
        var rows = RReference.Read($"{roster}-zph.csv");
        var tests = check.Covariates.Append(check.Global).ToList();
        tests.Select(t => t.Name).ShouldBe(rows.Select(r => r.Text("term")));
        foreach (var (t, r) in tests.Zip(rows))
        {
            t.ChiSquare.ShouldBe(r.Value("chisq"), RReference.Cox, $"{roster} {t.Name}");
            t.Df.ShouldBe((int)r.Value("df"), $"{roster} {t.Name}");
            t.P.ShouldBe(r.Value("p"), RReference.Cox, $"{roster} {t.Name}");
        }
    }
}
