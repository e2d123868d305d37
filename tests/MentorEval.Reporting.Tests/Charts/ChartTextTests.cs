using MentorEval.Reporting.Charts;

namespace MentorEval.Reporting.Tests.Charts;

public class ChartTextTests
{
    [Theory]
    [InlineData("Short", 10, "Short")]
    [InlineData("Exactly ten", 11, "Exactly ten")]
    [InlineData("A label that is too long", 10, "A label t…")]
    [InlineData("Line\nbreaks\tand  tabs", 40, "Line breaks and tabs")]
    public void Shorten(string text, int maxChars, string expected) => ChartText.Shorten(text, maxChars).ShouldBe(expected);

    [Fact]
    public void Wrap_breaks_at_spaces() =>
        ChartText.Wrap("Mentee did not answer the mid-point survey", 20, 3).ShouldBe("Mentee did not\nanswer the mid-point\nsurvey");

    [Fact]
    public void Wrap_ends_what_does_not_fit_in_an_ellipsis()
    {
        var wrapped = ChartText.Wrap("Mentor's rating of relationship quality dropped by more than one point since baseline", 20, 2);

        var lines = wrapped.Split('\n');
        lines.Length.ShouldBe(2);
        lines.ShouldAllBe(l => l.Length <= 20);
        lines[1].ShouldEndWith("…");
    }

    [Fact]
    public void Wrap_cuts_a_word_longer_than_a_line() =>
        ChartText.Wrap("Supercalifragilisticexpialidocious", 10, 2).ShouldBe("Supercali…");
}
