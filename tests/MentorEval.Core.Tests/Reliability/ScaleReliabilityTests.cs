using MentorEval.Core.Reliability;

namespace MentorEval.Core.Tests.Reliability;

/// <summary>What the reliability figures do at the edges: missing data, degenerate items, warnings.</summary>
public sealed class ScaleReliabilityTests
{
    private const double NaN = double.NaN;

    [Fact]
    public void Constant_item_is_left_out_with_a_warning_and_keeps_its_descriptives()
    {
        // psych::alpha(C) drops C3 ("had no variance and was deleted"); the other figures are checked
        // against psych in PsychReferenceTests.
        var result = ScaleReliability.Of(Fixture.ConstantItem());

        result.ItemsUsed.ShouldBe(4);
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ReliabilityWarningCode.ConstantItem);
        warning.ItemIds.ShouldBe(["C3"]);
        warning.Message.ShouldContain("C3");

        var c3 = result.Items.Single(i => i.ItemId == "C3");
        c3.ShouldBe(new ItemReliability("C3", 15, 3, 0, null, null, null, InScaleStatistics: false));
        result.Associations.Covariance["C3", "C1"].ShouldBe(0);
        result.Associations.Correlation["C3", "C1"].ShouldBeNull();
        result.Associations.Correlation["C3", "C3"].ShouldBeNull();
    }

    [Fact]
    public void A_single_complete_respondent_leaves_listwise_figures_empty_with_a_warning()
    {
        var result = ScaleReliability.Of(Fixture.SingleCompleteRespondent(), MissingDataPolicy.Listwise);

        result.Policy.ShouldBe(MissingDataPolicy.Listwise);
        result.RespondentsUsed.ShouldBe(1);
        result.RawAlpha.ShouldBeNull();
        result.AlphaInterval.ShouldBeNull();
        result.OmegaTotal.ShouldBeNull();
        result.Warnings.ShouldHaveSingleItem().Code.ShouldBe(ReliabilityWarningCode.TooFewRespondents);

        // Respondent 1 answered 4, 5, 4, 3: with one answer there is a mean but no spread.
        result.Items.Select(i => i.Mean).ShouldBe([4, 5, 4, 3]);
        result.Items.ShouldAllBe(i => i.Respondents == 1 && i.StandardDeviation == null && i.CorrectedItemTotalCorrelation == null);
    }

    [Fact]
    public void The_same_single_complete_respondent_data_has_pairwise_figures()
    {
        var result = ScaleReliability.Of(Fixture.SingleCompleteRespondent());

        result.Policy.ShouldBe(MissingDataPolicy.Pairwise);
        result.RespondentsUsed.ShouldBe(10);
        result.RawAlpha.ShouldNotBeNull();
        result.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Loadings_resting_on_no_more_respondents_than_items_carry_a_warning_that_they_are_not_unique()
    {
        // Found by the permutation property: three complete respondents for four items give a singular
        // correlation matrix, and listing the respondents in another order gave other, equally good loadings.
        IReadOnlyList<double>[] rows =
        [
            [NaN, 2, NaN, NaN], [1, NaN, 2, 2], [4, NaN, 4, 4], [2, NaN, 3, 3], [5, 3, 4, 3],
            [3, 4, 3, 4], [5, 5, 5, 4], [NaN, 2, 3, NaN], [NaN, 1, 1, 1], [1, 1, NaN, 1],
        ];
        var responses = ItemResponses.FromRows(["Q1", "Q2", "Q3", "Q4"], rows);

        var listwise = ScaleReliability.Of(responses, MissingDataPolicy.Listwise);

        listwise.RespondentsUsed.ShouldBe(3);
        listwise.OmegaTotal.ShouldNotBeNull();
        var warning = listwise.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ReliabilityWarningCode.OneFactorNotUnique);
        warning.Message.ShouldContain("Only 3 respondents");
        warning.Message.ShouldContain("not unique");

        // Pairwise, the thinnest correlation (Q1 with Q2) rests on four respondents: still no more than the items.
        var pairwise = ScaleReliability.Of(responses).Warnings.Single(w => w.Code == ReliabilityWarningCode.OneFactorNotUnique);
        pairwise.ItemIds.ShouldBe(["Q1", "Q2"]);
        pairwise.Message.ShouldContain("Only 4 respondents");
        ScaleReliability.Of(Fixture.ReverseKeyedMissing()).Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Items_that_should_have_been_reverse_keyed_are_named_in_warnings()
    {
        // psych::alpha(R)$item.stats$r.drop is negative exactly for R2 and R5, and raw_alpha is −0.46.
        var result = ScaleReliability.Of(Fixture.Load("reverse-keyed-missing"));

        result.Warnings.Where(w => w.Code == ReliabilityWarningCode.NegativeItemTotalCorrelation)
            .SelectMany(w => w.ItemIds).ShouldBe(["R2", "R5"]);
        result.Warnings.ShouldContain(w => w.Code == ReliabilityWarningCode.NegativeAlpha);
        result.Warnings.First(w => w.ItemIds.Contains("R2")).Message.ShouldContain("reverse keying");
    }

    [Fact]
    public void Correctly_keyed_items_raise_no_warning()
    {
        ScaleReliability.Of(Fixture.ReverseKeyedMissing()).Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void One_item_is_not_a_scale()
    {
        var result = ScaleReliability.Of(ItemResponses.FromRows(["Q1"], [[1], [2], [3]]));

        result.Warnings.ShouldHaveSingleItem().Code.ShouldBe(ReliabilityWarningCode.TooFewItems);
        result.RawAlpha.ShouldBeNull();
        result.Items.ShouldHaveSingleItem().StandardDeviation.ShouldBe(1);
    }

    [Fact]
    public void Two_items_have_alpha_but_no_alpha_if_deleted_and_no_omega()
    {
        var result = ScaleReliability.Of(ItemResponses.FromRows(["Q1", "Q2"], [[1, 2], [2, 2], [3, 4], [4, 3]]));

        result.RawAlpha.ShouldNotBeNull();
        result.Items.ShouldAllBe(i => i.AlphaIfDeleted == null && i.CorrectedItemTotalCorrelation != null);
        result.OmegaTotal.ShouldBeNull();
        result.Warnings.ShouldHaveSingleItem().Code.ShouldBe(ReliabilityWarningCode.OmegaNotComputable);
    }

    [Fact]
    public void No_respondents_gives_a_warning_not_an_exception()
    {
        var result = ScaleReliability.Of(new ItemResponses(["Q1", "Q2", "Q3"], 0, []));

        result.Warnings.ShouldHaveSingleItem().Code.ShouldBe(ReliabilityWarningCode.TooFewRespondents);
        result.Items.ShouldAllBe(i => i.Respondents == 0 && i.Mean == null);
    }

    [Fact]
    public void An_item_answered_once_is_left_out_with_a_warning()
    {
        var result = ScaleReliability.Of(ItemResponses.FromRows(
            ["Q1", "Q2", "Q3", "Q4"],
            [[1, 2, 2, NaN], [2, 1, 3, NaN], [3, 4, 3, 5], [4, 3, 5, NaN], [5, 5, 4, NaN]]));

        result.ItemsUsed.ShouldBe(3);
        result.Warnings.Where(w => w.Code == ReliabilityWarningCode.ItemTooFewAnswers)
            .ShouldHaveSingleItem().ItemIds.ShouldBe(["Q4"]);
        result.Items[3].ShouldBe(new ItemReliability("Q4", 1, 5, null, null, null, null, InScaleStatistics: false));
        result.RawAlpha.ShouldNotBeNull();
    }

    [Fact]
    public void Items_never_answered_together_leave_the_scale_figures_empty()
    {
        // Q1 and Q2 were each answered by half of the respondents, never by the same ones.
        var result = ScaleReliability.Of(ItemResponses.FromRows(
            ["Q1", "Q2", "Q3"],
            [[1, NaN, 2], [2, NaN, 3], [3, NaN, 3], [NaN, 4, 4], [NaN, 5, 5], [NaN, 2, 1]]));

        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ReliabilityWarningCode.ItemsRarelyAnsweredTogether);
        warning.ItemIds.ShouldBe(["Q1", "Q2"]);
        result.RawAlpha.ShouldBeNull();
        result.Associations.Covariance["Q1", "Q2"].ShouldBeNull();
        result.Associations.JointRespondents["Q1", "Q2"].ShouldBe(0);
    }

    [Fact]
    public void Answers_that_cancel_out_give_no_alpha_rather_than_a_huge_number()
    {
        // Q2 = 6 − Q1: the total never changes, so ΣC is zero and alpha is undefined.
        var result = ScaleReliability.Of(ItemResponses.FromRows(["Q1", "Q2"], [[1, 5], [2, 4], [4, 2], [5, 1]]));

        result.RawAlpha.ShouldBeNull();
        result.Warnings.Select(w => w.Code).ShouldContain(ReliabilityWarningCode.TotalDoesNotVary);
    }

    [Theory]
    [InlineData(MissingDataPolicy.Pairwise)]
    [InlineData(MissingDataPolicy.Listwise)]
    public void No_figure_is_ever_NaN_or_infinite(MissingDataPolicy policy)
    {
        var scales = new[]
        {
            Fixture.BfiAgreeableness(), Fixture.ReverseKeyedMissing(), Fixture.SingleCompleteRespondent(),
            Fixture.ConstantItem(), Fixture.Dichotomous(), Fixture.Load("heywood"),
            new ItemResponses(["Q1", "Q2"], 0, []),
            ItemResponses.FromRows(["Q1", "Q2", "Q3"], [[3, 3, 3], [3, 3, 3], [3, 3, 3]]),
            ItemResponses.FromRows(["Q1", "Q2", "Q3"], [[NaN, NaN, NaN], [NaN, NaN, NaN]]),
            ItemResponses.FromRows(["Q1", "Q2", "Q3"], [[1, 5, NaN], [2, 4, NaN], [4, 2, 3], [5, 1, NaN]]),
        };

        foreach (var scale in scales)
        {
            var result = ScaleReliability.Of(scale, policy);
            ReliabilityFigures.Of(result).ShouldAllBe(f => f.Value == null || double.IsFinite(f.Value.Value));
            result.Policy.ShouldBe(policy);
        }
    }
}
