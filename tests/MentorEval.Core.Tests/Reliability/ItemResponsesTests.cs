using MentorEval.Core.Reliability;

namespace MentorEval.Core.Tests.Reliability;

public sealed class ItemResponsesTests
{
    [Fact]
    public void Answers_are_stored_item_by_item()
    {
        var responses = new ItemResponses(["Q1", "Q2"], 3, [1, 2, 3, 4, 5, 6]);

        responses.ItemCount.ShouldBe(2);
        responses.RespondentCount.ShouldBe(3);
        responses.Answers(1).ToArray().ShouldBe([4, 5, 6]);
        responses[2, 0].ShouldBe(3);
    }

    [Fact]
    public void Rows_are_turned_into_items()
    {
        var responses = ItemResponses.FromRows(["Q1", "Q2"], [[1, 4], [2, double.NaN]]);

        responses.Answers(0).ToArray().ShouldBe([1, 2]);
        double.IsNaN(responses[1, 1]).ShouldBeTrue();
    }

    [Fact]
    public void An_infinite_answer_is_a_bug_not_a_missing_value()
    {
        Should.Throw<ArgumentException>(() => new ItemResponses(["Q1"], 2, [1, double.PositiveInfinity]));
    }

    [Fact]
    public void Item_ids_must_be_unique()
    {
        Should.Throw<ArgumentException>(() => new ItemResponses(["Q1", "Q1"], 1, [1, 2]));
    }

    [Fact]
    public void The_array_must_hold_every_answer()
    {
        Should.Throw<ArgumentException>(() => new ItemResponses(["Q1", "Q2"], 3, [1, 2, 3]));
    }
}
