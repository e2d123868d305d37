using MentorEval.Reporting.Charts;

namespace MentorEval.Reporting.Tests.Charts;

public class LikertCentringTests
{
    [Theory]
    [InlineData(new[] { 0.1, 0.2, 0.4, 0.2, 0.1 }, 0.5)] // odd: half the neutral answers sit left of centre
    [InlineData(new[] { 0.3, 0.3, 0.2, 0.1, 0.1 }, 0.7)]
    [InlineData(new[] { 0.1, 0.2, 0.3, 0.4 }, 0.3)] // even: centre falls between the two middle labels
    [InlineData(new[] { 0.0, 1.0, 0.0 }, 0.5)]
    public void Share_left_of_centre(double[] shares, double expected) =>
        LikertChart.LeftOfCentre(shares).ShouldBe(expected, 1e-12);

    [Fact]
    public void Shares_are_rescaled_to_one_so_rounding_does_not_move_the_centre() =>
        LikertChart.Normalised([0.33, 0.33, 0.33], 3)!.Sum().ShouldBe(1, 1e-12);

    [Fact]
    public void NaN_negative_and_missing_shares_count_as_none() =>
        LikertChart.Normalised([double.NaN, -0.2, 0.5], 4).ShouldBe([0, 0, 1, 0]);

    [Fact]
    public void An_item_without_answers_has_no_bar() =>
        LikertChart.Normalised([0, 0, 0], 3).ShouldBeNull();
}
