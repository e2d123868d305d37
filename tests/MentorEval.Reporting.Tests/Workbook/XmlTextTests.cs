using MentorEval.Reporting.Workbook;

namespace MentorEval.Reporting.Tests.Workbook;

/// <summary>User text goes into the workbook's XML whole, except the characters XML 1.0 cannot carry.</summary>
public class XmlTextTests
{
    [Theory]
    [InlineData("month-3")]
    [InlineData(" =HYPERLINK(\"http://x\",\"click\") & <b> ")]
    [InlineData("tab\tline\nreturn\r")]
    [InlineData("été 中文 \U0001F600")]
    [InlineData("")]
    public void Text_XML_can_carry_is_kept_exactly(string text) =>
        XmlText.Carryable(text).ShouldBe(text);

    [Theory]
    [InlineData("bell\u0007", "bell")]
    [InlineData("\u0000nul and \u001Fescape", "nul and escape")]
    [InlineData("not a character \uFFFE\uFFFF", "not a character ")]
    public void Characters_XML_forbids_are_dropped_and_the_rest_kept(string text, string carried) =>
        XmlText.Carryable(text).ShouldBe(carried);

    [Fact]
    public void Halves_of_broken_surrogate_pairs_are_dropped_and_whole_pairs_kept()
    {
        // Built in code: test-case attributes would turn a lone surrogate into replacement characters before the test.
        const char high = '\uD83D', low = '\uDE00';
        XmlText.Carryable($"half a pair {high} here").ShouldBe("half a pair  here");
        XmlText.Carryable($"other half {low}{high}{low}").ShouldBe($"other half {high}{low}");
        XmlText.Carryable($"ends in half {high}").ShouldBe("ends in half ");
    }

    [Theory]
    [InlineData("R-0001", "R-0001")]
    [InlineData("a & b <c> \"d\"", "a &amp; b &lt;c&gt; \"d\"")]
    [InlineData("été & \u0007", "été &amp; ")]
    public void Element_text_escapes_markup_and_drops_what_XML_cannot_carry(string text, string written)
    {
        using var xml = new StringWriter();
        XmlText.WriteEscaped(xml, text);
        xml.ToString().ShouldBe(written);
    }
}
