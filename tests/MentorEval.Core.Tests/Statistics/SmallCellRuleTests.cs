using MentorEval.Core.Statistics;

namespace MentorEval.Core.Tests.Statistics;

public sealed class SmallCellRuleTests
{
    [Fact]
    public void A_group_below_the_default_minimum_of_5_is_suppressed()
    {
        var summary = GroupSummary.Describe([3.0, 4, 5, 4]);

        var shown = new SmallCellRule().Apply(summary);

        shown.IsSuppressed.ShouldBeTrue();
        shown.MinimumN.ShouldBe(5);
        shown.TryGetValue(out _).ShouldBeFalse();
        shown.ToString().ShouldBe("suppressed (fewer than 5 respondents)");
    }

    [Fact]
    public void A_group_at_the_minimum_is_shown()
    {
        var summary = GroupSummary.Describe([3.0, 4, 5, 4, 2]);

        var shown = new SmallCellRule().Apply(summary);

        shown.IsSuppressed.ShouldBeFalse();
        shown.TryGetValue(out var value).ShouldBeTrue();
        value.ShouldBeSameAs(summary);
    }

    [Fact]
    public void Missing_scores_do_not_count_towards_the_minimum()
    {
        var summary = GroupSummary.Describe([3.0, 4, 5, 4, double.NaN, double.NaN]);

        new SmallCellRule().Apply(summary).IsSuppressed.ShouldBeTrue();
    }

    [Fact]
    public void A_comparison_is_suppressed_when_its_smallest_group_is_below_a_configured_minimum()
    {
        var comparison = GroupComparison.TwoGroups([1.0, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2.0, 3, 4, 5, 6, 7, 8]);
        var rule = new SmallCellRule(MinimumN: 8);

        var shown = rule.Apply(comparison);

        shown.IsSuppressed.ShouldBeTrue();
        shown.Match(c => $"g = {c.HedgesG:F2}", minimum => $"n < {minimum}").ShouldBe("n < 8");
    }

    [Fact]
    public void The_default_suppressible_value_is_suppressed_so_it_never_leaks_a_number()
    {
        default(Suppressible<ScoreSummary>).IsSuppressed.ShouldBeTrue();
    }

    [Fact]
    public void A_minimum_below_1_is_a_bug()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new SmallCellRule(0));
    }
}
