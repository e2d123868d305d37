using MentorEval.Core.Retention;

namespace MentorEval.Core.Tests.Retention;

/// <summary>
/// Issue #18: the retention curve, its milestones, median and the early-closure rate equal R's survival package on a
/// hand-made roster (ties, censoring at several times, a cohort with no closures) and on the sample program.
/// References: Fixtures/make_fixtures.R. Tolerance: <see cref="RReference.Estimates"/> (1e-6).
/// </summary>
public sealed class KaplanMeierReferenceTests
{
    public static TheoryData<string> Rosters => new() { "handmade", "sample" };

    [Theory]
    [MemberData(nameof(Rosters))]
    public void Every_step_of_every_cohorts_curve_equals_survfit_log_log(string roster)
    {
        // R: survfit(Surv(months, closed) ~ 1, conf.type = "log-log") per cohort and for all pairs:
        // time, n.risk, n.event, n.censor, surv, std.err * surv, lower, upper.
        var report = RetentionFixtures.Report(roster);
        foreach (var expected in RReference.Read($"{roster}-km.csv").GroupBy(r => r.Text("group")))
        {
            var steps = RetentionFixtures.Group(report, expected.Key).Curve.Steps;
            steps.Count.ShouldBe(expected.Count(), $"{roster} {expected.Key}");
            foreach (var (step, r) in steps.Zip(expected))
            {
                var where = $"{roster} {expected.Key} at {r.Text("time")}";
                step.Months.ShouldBe(r.Value("time"), RReference.Estimates, where);
                step.AtRisk.ShouldBe((int)r.Value("n.risk"), where);
                step.Closed.ShouldBe((int)r.Value("n.event"), where);
                step.Censored.ShouldBe((int)r.Value("n.censor"), where);
                step.StillRunning.ShouldBe(r.Value("surv"), RReference.Estimates, where);
                ShouldMatch(step.StdErr, r.Number("std.err"), where);
                ShouldMatch(step.Lower, r.Number("lower"), where);
                ShouldMatch(step.Upper, r.Number("upper"), where);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Rosters))]
    public void The_share_still_running_at_3_6_and_12_months_equals_summary_survfit(string roster)
    {
        // R: summary(fit, times = c(3, 6, 12)): n.risk, surv, std.err, lower, upper; a time past the last observed one is left out.
        var report = RetentionFixtures.Report(roster);
        var expected = RReference.Read($"{roster}-at.csv");
        foreach (var group in new[] { report.Overall }.Concat(report.Groups))
        {
            var name = group == report.Overall ? "all" : group.Name;
            var rows = expected.Where(r => r.Text("group") == name).ToList();
            group.Milestones.Select(m => m.Months).ShouldBe(rows.Select(r => r.Value("time")), $"{roster} {name}");
            foreach (var (m, r) in group.Milestones.Zip(rows))
            {
                var where = $"{roster} {name} at {m.Months}";
                m.AtRisk.ShouldBe((int)r.Value("n.risk"), where);
                m.StillRunning.ShouldBe(r.Value("surv"), RReference.Estimates, where);
                ShouldMatch(m.StdErr, r.Number("std.err"), where);
                ShouldMatch(m.Lower, r.Number("lower"), where);
                ShouldMatch(m.Upper, r.Number("upper"), where);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Rosters))]
    public void The_median_match_length_and_its_limits_equal_quantile_survfit_including_not_reached(string roster)
    {
        // R: quantile(fit, 0.5): quantile, lower, upper (NA = not reached).
        var report = RetentionFixtures.Report(roster);
        foreach (var r in RReference.Read($"{roster}-median.csv"))
        {
            var median = RetentionFixtures.Group(report, r.Text("group")).Curve.Median;
            var where = $"{roster} {r.Text("group")}";
            ShouldMatch(median.Months, r.Number("median"), where + " median");
            ShouldMatch(median.Lower, r.Number("lower"), where + " lower");
            ShouldMatch(median.Upper, r.Number("upper"), where + " upper");
        }
    }

    [Theory]
    [MemberData(nameof(Rosters))]
    public void The_early_closure_rate_and_its_wilson_interval_equal_prop_test_without_correction(string roster)
    {
        // R: prop.test(closed, ended, correct = FALSE)$conf.int, ended = pairs closed early or completed.
        var report = RetentionFixtures.Report(roster);
        foreach (var r in RReference.Read($"{roster}-rates.csv"))
        {
            var rate = RetentionFixtures.Group(report, r.Text("group")).EarlyClosure;
            var where = $"{roster} {r.Text("group")}";
            rate.ClosedEarly.ShouldBe((int)r.Value("closed"), where);
            rate.Ended.ShouldBe((int)r.Value("ended"), where);
            ShouldMatch(rate.Rate, r.Number("rate"), where);
            ShouldMatch(rate.Interval?.Lower, r.Number("lower"), where);
            ShouldMatch(rate.Interval?.Upper, r.Number("upper"), where);
        }
    }

    [Theory]
    [MemberData(nameof(Rosters))]
    public void The_log_rank_test_across_cohorts_equals_survdiff(string roster) =>
        // R: survdiff(Surv(months, closed) ~ cohort): n, obs, exp, chisq; df = groups expected to close − 1; pchisq(upper).
        LogRankShouldMatch(RetentionFixtures.Report(roster).LogRank, RReference.Read($"{roster}-logrank.csv").Where(r => r.Text("by") == "cohort").ToList(), roster);

    [Fact]
    public void The_log_rank_test_by_another_roster_attribute_equals_survdiff()
    {
        // R: survdiff(Surv(months, closed) ~ site) on the hand-made roster.
        var (_, rows) = RReference.Roster("handmade");
        var sites = rows.ToDictionary(r => r.Text("pair_id"), r => r.Text("site"));
        var report = RetentionFixtures.Report("handmade", pair => sites[pair.PairId]);
        LogRankShouldMatch(report.LogRank, RReference.Read("handmade-logrank.csv").Where(r => r.Text("by") == "site").ToList(), "handmade by site");
        report.Groups.Select(g => g.Name).ShouldBe(["north", "south"]);
    }

    [Fact]
    public void A_pair_that_starts_after_the_analysis_date_is_left_out_with_the_reason()
    {
        var report = RetentionFixtures.Report("handmade");

        var excluded = report.Excluded.ShouldHaveSingleItem();
        excluded.PairId.ShouldBe("H31");
        excluded.Reason.ShouldContain("after the analysis date 2026-06-15");
    }

    private static void LogRankShouldMatch(LogRankTest test, IReadOnlyList<RReference.Row> rows, string where)
    {
        test.Groups.Select(g => g.Group).ShouldBe(rows.Select(r => r.Text("group")), where);
        foreach (var (g, r) in test.Groups.Zip(rows))
        {
            g.Pairs.ShouldBe((int)r.Value("n"), where);
            g.Observed.ShouldBe((int)r.Value("observed"), where);
            g.Expected.ShouldBe(r.Value("expected"), RReference.Estimates, where);
        }

        test.ChiSquare.ShouldNotBeNull().ShouldBe(rows[0].Value("chisq"), RReference.Estimates, where);
        test.Df.ShouldBe((int)rows[0].Value("df"), where);
        test.P.ShouldNotBeNull().ShouldBe(rows[0].Value("p"), RReference.Estimates, where);
    }

    private static void ShouldMatch(double? actual, double? expected, string where)
    {
        if (expected is null)
        {
            actual.ShouldBeNull(where);
            return;
        }

        actual.ShouldNotBeNull(where).ShouldBe(expected.Value, RReference.Estimates, where);
    }
}
