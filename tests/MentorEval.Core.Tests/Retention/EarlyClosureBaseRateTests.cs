using MentorEval.Core.Retention;

namespace MentorEval.Core.Tests.Retention;

/// <summary>Issue #18: the risk model's card and the At risk views say how the program's early-closure rate compares with the published 30–38%.</summary>
public sealed class EarlyClosureBaseRateTests
{
    private static string Sentence(int closed, int ended) => EarlyClosureBaseRate.Sentence(EarlyClosureRate.Of("all pairs", closed, ended, 0));

    [Fact]
    public void A_rate_inside_the_published_range_is_said_to_be_within_it_with_its_wilson_interval()
    {
        Sentence(34, 100).ShouldBe("In this program 34 of 100 pairs that ended (34%, 95% CI 25–44%) closed early; " +
                                   "published programs close 30–38% of matches early, so this program is within that range.");
    }

    [Fact]
    public void A_rate_whose_whole_interval_is_above_the_range_is_said_to_be_above_it()
    {
        Sentence(60, 100).ShouldEndWith("(60%, 95% CI 50–69%) closed early; published programs close 30–38% of matches early, so this program is above that range.");
    }

    [Fact]
    public void A_rate_whose_whole_interval_is_below_the_range_is_said_to_be_below_it()
    {
        Sentence(10, 100).ShouldEndWith("(10%, 95% CI 6–17%) closed early; published programs close 30–38% of matches early, so this program is below that range.");
    }

    [Fact]
    public void A_rate_outside_the_range_with_an_interval_reaching_into_it_is_not_called_different()
    {
        Sentence(17, 40).ShouldStartWith("In this program 17 of 40 pairs that ended (43%, 95% CI 29–58%) closed early;");
        Sentence(17, 40).ShouldEndWith("so this program is not clearly different from that range.");
    }

    [Fact]
    public void A_program_where_no_pair_has_ended_says_so_and_gives_the_published_range()
    {
        Sentence(0, 0).ShouldBe("No pair of this program has ended yet, so it has no early-closure rate; published programs close 30–38% of matches early.");
    }
}
