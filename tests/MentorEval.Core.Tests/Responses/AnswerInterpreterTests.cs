using MentorEval.Core.Instruments;
using MentorEval.Core.Responses;

namespace MentorEval.Core.Tests.Responses;

public sealed class AnswerInterpreterTests
{
    private static readonly Instrument Instrument = InstrumentDefinition.Parse("""
        { "id": "t", "version": "1.0.0", "title": "T", "citation": "test", "roles": ["mentee"],
          "responseScales": [
            { "id": "agree5", "min": 1, "max": 5,
              "labels": [ { "value": 1, "label": "Strongly disagree" }, { "value": 5, "label": "Strongly agree" } ],
              "missingCodes": ["N/A", "-99"] },
            { "id": "mode", "kind": "nominal", "labels": [ { "code": "A", "label": "In person" }, { "code": "B", "label": "Video" } ] } ],
          "items": [
            { "id": "q1", "text": "Heard", "responseScale": "agree5" },
            { "id": "meet", "text": "Meetings", "type": "count", "max": 31 },
            { "id": "how", "text": "Meeting mode", "responseScale": "mode" },
            { "id": "note", "text": "Comment", "type": "text" } ] }
        """, "t").Instrument!;

    private static AnswerInterpreter For(string itemId, bool decimalComma = false, params string[] extraMissing) =>
        new(Instrument, Instrument.FindItem(itemId)!, extraMissing, decimalComma);

    [Theory]
    [InlineData("4", 4)]
    [InlineData(" 5 ", 5)]
    [InlineData("Strongly agree", 5)]
    [InlineData("  strongly   AGREE ", 5)]
    [InlineData("strongly disagree", 1)]
    [InlineData("2.5", 2.5)]
    public void Numbers_in_range_and_labels_in_any_case_or_spacing_are_answers(string text, double value)
    {
        var answer = For("q1").Interpret(text);

        answer.IsAcceptable.ShouldBeTrue();
        answer.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("N/A")]
    [InlineData("n/a")]
    [InlineData("-99")]
    public void Blanks_and_missing_codes_are_missing_never_a_number(string? text)
    {
        var answer = For("q1").Interpret(text);

        answer.IsAcceptable.ShouldBeTrue();
        double.IsNaN(answer.Value).ShouldBeTrue();
    }

    [Fact]
    public void A_number_outside_the_scale_is_rejected_with_what_was_expected()
    {
        var answer = For("q1").Interpret("7");

        answer.Problem.ShouldBe("7 is outside the response scale 1–5; expected a number from 1 to 5 or one of \"Strongly disagree\", \"Strongly agree\"; missing: \"N/A\", \"-99\"");
    }

    [Fact]
    public void An_unknown_label_is_rejected()
    {
        For("q1").Interpret("Agreee").Problem!.ShouldStartWith("\"Agreee\" is not an answer on this item's scale; expected a number from 1 to 5");
    }

    [Fact]
    public void A_file_wide_missing_code_is_missing_for_every_item()
    {
        double.IsNaN(For("q1", false, "UNK").Interpret("UNK").Value).ShouldBeTrue();
    }

    [Fact]
    public void Decimal_commas_are_read_when_the_file_uses_them()
    {
        For("q1", decimalComma: true).Interpret("4,0").Value.ShouldBe(4);
        For("q1").Interpret("4,0").IsAcceptable.ShouldBeFalse();
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    public void Counts_are_whole_numbers_from_zero(string text, double value) => For("meet").Interpret(text).Value.ShouldBe(value);

    [Theory]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("three")]
    [InlineData("40")]
    public void Anything_else_is_not_a_count(string text) => For("meet").Interpret(text).IsAcceptable.ShouldBeFalse();

    [Fact]
    public void Nominal_answers_are_accepted_by_code_or_label_but_carry_no_number()
    {
        var byCode = For("how").Interpret("B");
        var byLabel = For("how").Interpret("video");

        byCode.IsAcceptable.ShouldBeTrue();
        byLabel.IsAcceptable.ShouldBeTrue();
        double.IsNaN(byCode.Value).ShouldBeTrue();
        For("how").Interpret("C").IsAcceptable.ShouldBeFalse();
    }

    [Fact]
    public void Free_text_is_always_acceptable_and_never_a_number()
    {
        var answer = For("note").Interpret("=HYPERLINK(\"http://x\",\"click\")");

        answer.IsAcceptable.ShouldBeTrue();
        double.IsNaN(answer.Value).ShouldBeTrue();
    }

    [Fact]
    public void An_interpreter_used_for_many_rows_gives_every_text_the_same_answer_each_time()
    {
        var reused = For("q1");
        string[] texts = ["4", " 4", "7", "N/A", "", "strongly AGREE", "Agreee", .. Enumerable.Range(0, 600).Select(i => (i / 100.0).ToString(System.Globalization.CultureInfo.InvariantCulture))];

        foreach (var pass in Enumerable.Range(0, 3))
        {
            foreach (var text in texts)
                reused.Interpret(text).ShouldBe(For("q1").Interpret(text), $"\"{text}\", pass {pass}");
        }
    }
}
