using System.Text;
using System.Text.Json;
using MentorEval.Storage.Responses;

namespace MentorEval.Storage.Tests.Responses;

public sealed class AnswerTextCodecTests
{
    private static string Stored(string?[] answers, double[] values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) AnswerTextCodec.Write(json, answers, values);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Only_texts_that_the_values_do_not_say_are_stored()
    {
        string?[] answers = ["4", "", "5", "N/A", "6"];
        double[] values = [4, double.NaN, 5, double.NaN, 6];

        Stored(answers, values).ShouldBe("""{"1":"","3":"N/A"}""");
    }

    [Fact]
    public void Every_cell_comes_back_exactly_as_written()
    {
        string?[] answers = ["4", "", "Agree", " 6 ", "4.0", "07", "2.5", null, "N/A", "free text", "-0", "très \"bien\"", "1e3"];
        double[] values = [4, double.NaN, 4, 6, 4, 7, 2.5, double.NaN, double.NaN, double.NaN, -0.0, 3, 1000];

        AnswerTextCodec.Read(Stored(answers, values), values).ShouldBe(answers);
    }

    [Fact]
    public void A_response_whose_every_cell_says_its_value_stores_an_empty_object()
    {
        Stored(["1", "2", null], [1, 2, double.NaN]).ShouldBe("{}");
    }

    [Fact]
    public void Texts_stored_by_earlier_versions_as_a_full_array_are_read_as_they_are()
    {
        AnswerTextCodec.Read("""["4","N/A",null]""", [4, double.NaN, double.NaN]).ShouldBe(["4", "N/A", null]);
    }
}
