using MentorEval.Core.Pairs;
using MentorEval.Core.Retention;

namespace MentorEval.Core.Tests.Retention;

/// <summary>
/// Issue #18: pairs grouped by a column the program added to its roster (site, matching method) get a Kaplan–Meier curve
/// per group and a log-rank test across the groups equal to R's survival package on the hand-made roster and on
/// the sample program (its site column). References: Fixtures/make_fixtures.R (*-km-by.csv, *-logrank.csv). Tolerance: <see cref="RReference.Estimates"/> (1e-6).
/// </summary>
public sealed class RosterAttributeGroupingTests
{
    private static RetentionReport ByAttribute(string name, string attribute)
    {
        var (roster, _) = RReference.Roster(name);
        return RetentionFixtures.Report(name, RetentionGrouping.By(attribute, roster).ShouldNotBeNull(attribute));
    }

    [Theory]
    [InlineData("handmade", "site")]
    [InlineData("handmade", "matching_method")]
    [InlineData("sample", "site")]
    public void The_log_rank_test_across_a_roster_attributes_groups_equals_survdiff(string name, string attribute)
    {
        // R: survdiff(Surv(months, closed) ~ <attribute>): n, obs, exp, chisq; df = groups expected to close − 1.
        var test = ByAttribute(name, attribute).LogRank;
        var rows = RReference.Read($"{name}-logrank.csv").Where(r => r.Text("by") == attribute).ToList();

        test.Groups.Select(g => g.Group).ShouldBe(rows.Select(r => r.Text("group")));
        foreach (var (g, r) in test.Groups.Zip(rows))
        {
            g.Pairs.ShouldBe((int)r.Value("n"), g.Group);
            g.Observed.ShouldBe((int)r.Value("observed"), g.Group);
            g.Expected.ShouldBe(r.Value("expected"), RReference.Estimates, g.Group);
        }

        test.ChiSquare.ShouldNotBeNull().ShouldBe(rows[0].Value("chisq"), RReference.Estimates);
        test.Df.ShouldBe((int)rows[0].Value("df"));
        test.P.ShouldNotBeNull().ShouldBe(rows[0].Value("p"), RReference.Estimates);
    }

    [Theory]
    [InlineData("handmade", "site")]
    [InlineData("handmade", "matching_method")]
    [InlineData("sample", "site")]
    public void Each_group_of_a_roster_attribute_has_the_kaplan_meier_curve_of_survfit(string name, string attribute)
    {
        // R: survfit(Surv(months, closed) ~ 1, conf.type = "log-log") on each group's pairs.
        var report = ByAttribute(name, attribute);
        var expected = RReference.Read($"{name}-km-by.csv").Where(r => r.Text("by") == attribute).GroupBy(r => r.Text("group")).ToList();

        report.Groups.Select(g => g.Name).ShouldBe(expected.Select(g => g.Key));
        foreach (var group in expected)
        {
            var steps = report.Groups.Single(g => g.Name == group.Key).Curve.Steps;
            steps.Count.ShouldBe(group.Count(), group.Key);
            foreach (var (step, r) in steps.Zip(group))
            {
                var where = $"{attribute} {group.Key} at {r.Text("time")}";
                step.Months.ShouldBe(r.Value("time"), RReference.Estimates, where);
                step.AtRisk.ShouldBe((int)r.Value("n.risk"), where);
                step.Closed.ShouldBe((int)r.Value("n.event"), where);
                step.StillRunning.ShouldBe(r.Value("surv"), RReference.Estimates, where);
                if (r.Number("lower") is { } lower) step.Lower.ShouldNotBeNull(where).ShouldBe(lower, RReference.Estimates, where);
                if (r.Number("upper") is { } upper) step.Upper.ShouldNotBeNull(where).ShouldBe(upper, RReference.Estimates, where);
            }
        }
    }

    [Fact]
    public void The_attributes_pairs_can_be_grouped_by_are_the_built_in_ones_then_the_rosters_columns_in_order()
    {
        var (roster, _) = RReference.Roster("handmade");

        RetentionGrouping.Attributes(roster).ShouldBe(["cohort", "planned-months", "start-year", "site", "matching_method"]);
        RetentionGrouping.By("Site", roster).ShouldNotBeNull()(roster[0]).ShouldBe("north");
        RetentionGrouping.By("mentor_age", roster).ShouldBeNull();
    }

    [Fact]
    public void A_pair_with_an_empty_cell_in_the_attributes_column_is_in_a_group_of_its_own_named_as_not_given()
    {
        var pair = new RosterEntry("P1", "2026", "M1", "E1", new DateOnly(2026, 1, 5), new DateOnly(2026, 10, 5), PairStatus.Active, null, null)
        {
            Attributes = new RosterAttributes([KeyValuePair.Create("site", "")]),
        };

        RetentionGrouping.By("site", [pair]).ShouldNotBeNull()(pair).ShouldBe(RetentionGrouping.NotGiven);
    }
}
