using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

public sealed class ExportColumnTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(51, "AZ")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_named_by_their_spreadsheet_letter(int index, string letter)
    {
        new ExportColumn(index, "q", ColumnKind.Answer).Letter.ShouldBe(letter);
    }

    [Theory]
    [InlineData("3", "3", true)]
    [InlineData("_99", "-99", true)]
    [InlineData("a", "A", true)]
    [InlineData("1_5", "1.5", true)]
    [InlineData("3", "4", false)]
    [InlineData("99", "-99", false)]
    public void A_REDCap_checkbox_column_matches_the_dictionary_code_it_was_written_for(string columnCode, string dictionaryCode, bool matches)
    {
        new CheckboxChoice("support", columnCode).Matches(dictionaryCode).ShouldBe(matches);
    }
}
