using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;

namespace MentorEval.Application.Tests.Imports;

/// <summary>
/// Issue #15 §5: for columns not named as the instrument's items, the closest item of each, from the words and numbers
/// they share, each column and item used once; a column sharing no word with any item gets none.
/// </summary>
public sealed class ColumnSuggestionTests
{
    private static Item Rating(string id, string text) => new(id, text, ItemType.Rating, "agree5", false, null, [], Translations.None);

    private static readonly Item[] Items =
    [
        Rating("mca01", "My mentor is available when I need them"),
        Rating("mca02", "My mentor gives useful feedback"),
        Rating("mca03", "My mentor listens to me"),
    ];

    [Fact]
    public void Each_column_gets_the_item_whose_words_it_shares_and_a_column_sharing_none_gets_no_guess()
    {
        ExportColumn[] columns =
        [
            new(5, "Q3_mentor_listens", ColumnKind.Answer),
            new(6, "feedback_useful", ColumnKind.Answer),
            new(7, "Q9", ColumnKind.Answer),
        ];

        var guesses = ColumnSuggestions.For(columns, Items);

        guesses.Select(g => (g.Column, g.Item.Id)).ShouldBe([("feedback_useful", "mca02"), ("Q3_mentor_listens", "mca03")]);
    }

    [Fact]
    public void A_shared_number_decides_between_items_with_the_same_words_and_no_item_is_guessed_twice()
    {
        Item[] items = [Rating("q1", "How often did you meet"), Rating("q2", "How often did you meet")];
        ExportColumn[] columns = [new(0, "meet_2", ColumnKind.Answer), new(1, "meet_1", ColumnKind.Answer)];

        var guesses = ColumnSuggestions.For(columns, items);

        guesses.Select(g => (g.Column, g.Item.Id)).ShouldBe([("meet_1", "q1"), ("meet_2", "q2")]);
    }
}
