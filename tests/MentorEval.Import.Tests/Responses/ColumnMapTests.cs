using MentorEval.Import.Responses;

namespace MentorEval.Import.Tests.Responses;

/// <summary>The mapping file given with --map: columns to item ids, and the column that holds the respondents' ids.</summary>
public sealed class ColumnMapTests
{
    [Fact]
    public void A_mapping_file_may_name_only_the_respondent_column()
    {
        var map = ColumnMap.Parse("""{ "respondent": " Your participant code " }""", "map.json", out var problem);

        problem.ShouldBeNull();
        map!.Respondent.ShouldBe("Your participant code");
        map.Columns.ShouldBeEmpty();
    }

    [Fact]
    public void A_mapping_file_may_name_the_respondent_column_beside_its_columns()
    {
        var map = ColumnMap.Parse("""{ "respondent": "Q1", "columns": { "Q5_1": "mca01" }, "ignore": ["Q99"] }""", "map.json", out _);

        (map!.Respondent, map.Columns["Q5_1"], map.Ignore.Single()).ShouldBe(("Q1", "mca01", "Q99"));
    }

    [Fact]
    public void A_mapping_file_without_columns_and_without_a_respondent_column_says_what_it_should_hold()
    {
        ColumnMap.Parse("""{ "ignore": ["Q99"] }""", "map.json", out var problem).ShouldBeNull();

        problem.ShouldBe("map.json: a mapping file is an object with \"columns\": { \"<column>\": \"<item id>\" }, \"respondent\": \"<column>\" or both "
                         + "(and optionally \"ignore\": [\"<column>\"]).");
    }

    [Theory]
    [InlineData("""{ "respondent": 3 }""")]
    [InlineData("""{ "respondent": " " }""")]
    public void A_respondent_column_that_is_not_a_name_in_quotes_is_refused(string json)
    {
        ColumnMap.Parse(json, "map.json", out var problem).ShouldBeNull();

        problem.ShouldBe("map.json: \"respondent\" must be the name or header of the column that holds each respondent's participant code, in quotes.");
    }
}
