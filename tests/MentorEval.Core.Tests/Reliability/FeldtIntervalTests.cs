using MentorEval.Core.Reliability;

namespace MentorEval.Core.Tests.Reliability;

public sealed class FeldtIntervalTests
{
    [Fact]
    public void Interval_follows_psych_alpha_ci_for_a_small_sample()
    {
        // psych::alpha.ci(0.8, n.obs = 30, n.var = 5): lower.ci 0.6591687522, upper.ci 0.8941073474 (tolerance 1e-8).
        var interval = FeldtInterval.For(0.8, respondents: 30, items: 5);

        interval.Lower.ShouldBe(0.6591687522, 1e-8);
        interval.Upper.ShouldBe(0.8941073474, 1e-8);
        interval.Respondents.ShouldBe(30);
        interval.Level.ShouldBe(0.95);
    }

    [Fact]
    public void Interval_stays_exact_for_a_million_respondents_where_R_qf_drifts()
    {
        // df1 = 999,999, df2 = 3,999,996. uniroot(function(f) pf(f, df1, df2) - p) gives
        // F(0.975) = 1.003102320000816 and F(0.025) = 0.996904362926159, whereas R 4.2's qf, which
        // psych::alpha.ci calls, returns 1.0027737 and 0.9972301 (pf of those is 0.960 and 0.040).
        var interval = FeldtInterval.For(0.8, respondents: 1_000_000, items: 5);

        interval.Lower.ShouldBe(1 - 0.2 * 1.003102320000816, 1e-9);
        interval.Upper.ShouldBe(1 - 0.2 * 0.996904362926159, 1e-9);
    }
}
