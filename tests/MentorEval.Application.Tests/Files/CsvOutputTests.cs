using MentorEval.Application.Files;

namespace MentorEval.Application.Tests.Files;

/// <summary>Every CSV MentorEval writes for people (scores, risk lists, rejects) must open in a spreadsheet as text.</summary>
public sealed class CsvOutputTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"click\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("\n=1+1")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_escaped_with_a_quote(string value)
    {
        var written = Written(stream => CsvOutput.Write(stream, ["pair_id", "probability"], [[value, 0.25]]));
        var cell = written.Split('\n', 2)[1];
        cell.TrimStart('"').ShouldStartWith("'");
        written.ShouldContain("0.25");
    }

    [Fact]
    public void Ordinary_text_and_negative_numbers_are_written_as_they_are()
    {
        Written(stream => CsvOutput.Write(stream, ["pair_id", "gap"], [["P0001", -0.5]])).ShouldBe("pair_id,gap\nP0001,-0.5\n");
    }

    /// <summary>The text as a reader of the file gets it (a byte order mark read, not shown).</summary>
    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return new StreamReader(new MemoryStream(stream.ToArray())).ReadToEnd();
    }
}
