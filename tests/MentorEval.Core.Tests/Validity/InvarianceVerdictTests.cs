using MentorEval.Core.Validity;

namespace MentorEval.Core.Tests.Validity;

/// <summary>What the invariance verdict says when the comparison itself is weak or impossible.</summary>
public sealed class InvarianceVerdictTests
{
    [Fact]
    public void A_poorly_fitting_configural_model_is_named_in_the_verdict()
    {
        // Each factor mixes one item of every bfi-like trait: a structure the data do not have.
        var mixed = new MeasurementModel(Enumerable.Range(1, 5)
            .Select(k => new Factor($"F{k}", $"F{k}", new[] { "A", "C", "E", "N", "O" }.Select(t => $"{t}{k}").ToArray())).ToList());
        var items = ValidityFixture.BfiLikeKeyed();
        var halves = Enumerable.Range(0, items.RespondentCount).Select(r => r % 2 == 0 ? "first" : "second").ToArray();

        var result = MeasurementInvariance.Test(mixed, items, halves, "half");

        result.Steps[0].Fit!.Cfi!.Value.ShouldBeLessThan(0.90);
        result.Verdict.ShouldContain("But the configural model itself fits poorly (CFI .");
        result.Verdict.ShouldContain("the factor structure is in doubt in every half");
    }

    [Fact]
    public void One_group_cannot_be_compared_and_says_so()
    {
        var (items, _) = ValidityFixture.HolzingerSwineford();

        var result = MeasurementInvariance.Test(ValidityFixture.HolzingerSwinefordModel, items, Enumerable.Repeat("mentor", items.RespondentCount).ToArray(), "role");

        result.Steps.ShouldBeEmpty();
        result.Reached.ShouldBeNull();
        result.Warnings.ShouldHaveSingleItem().Message.ShouldBe("All respondents are in one role (mentor); invariance needs at least two groups to compare.");
    }

    [Fact]
    public void A_group_with_fewer_complete_respondents_than_items_stops_the_test_and_names_the_group()
    {
        var (items, schools) = ValidityFixture.HolzingerSwineford();
        var groups = schools.Select((s, r) => r < 5 ? "tiny" : s).ToArray();

        var result = MeasurementInvariance.Test(ValidityFixture.HolzingerSwinefordModel, items, groups, "school");

        result.Steps.ShouldBeEmpty();
        result.Verdict.ShouldStartWith("Invariance could not be tested: Only 5 respondent(s) in group tiny answered all 9 items");
    }
}
