using MentorEval.Core.Instruments;

namespace MentorEval.Core.Tests.Instruments;

/// <summary>
/// Every validation rule of the definition format, each shown failing on a small definition in
/// Instruments/Broken/ that has exactly that one defect (Instruments/Valid/minimal.json is the same file without it).
/// </summary>
public sealed class DefinitionRulesTests
{
    private static DefinitionResult Load(string folder, string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Instruments", folder, file);
        return InstrumentDefinition.Parse(File.ReadAllText(path), file);
    }

    [Fact]
    public void The_minimal_definition_the_broken_examples_start_from_is_valid()
    {
        var result = Load("Valid", "minimal.json");

        result.Problems.ShouldBeEmpty();
        result.IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("duplicate-item-id.json", "$.items[1].id", "Duplicate item id (ignoring case) \"q1\"")]
    [InlineData("no-items.json", "$.items", "has no items")]
    [InlineData("nominal-scale-without-labels.json", "$.responseScales[1].labels", "no answer could be accepted")]
    [InlineData("empty-missing-code.json", "$.responseScales[0].missingCodes[1]", "is empty; blank cells are always missing")]
    [InlineData("scale-id-is-item-id.json", "$.scales[0].id", "is also an item id")]
    [InlineData("property-given-twice.json", "$.items[0].text", "is given twice")]
    [InlineData("scale-names-unknown-item.json", "$.scales[0].items[2]", "names unknown item \"q4\"")]
    [InlineData("reverse-item-on-nominal-scale.json", "$.items[1].reverse", "is not numeric, so it cannot be reversed")]
    [InlineData("scored-item-on-nominal-scale.json", "$.scales[0].items[1]", "is not numeric; nominal answers cannot be averaged")]
    [InlineData("count-item-in-scale.json", "$.scales[0].items[2]", "a count item; only rating items")]
    [InlineData("empty-scale.json", "$.scales[0].items", "has no items")]
    [InlineData("min-answered-too-large.json", "$.scales[0].minAnswered", "requires 4 answered items but has 3")]
    [InlineData("repeated-label.json", "$.responseScales[0].labels[1].label", "Duplicate label text \"disagree\"")]
    [InlineData("label-outside-range.json", "$.responseScales[0].labels[1].value", "has value 7, outside the scale's range 1–5")]
    [InlineData("unknown-response-scale.json", "$.items[0].responseScale", "names unknown response scale \"agree7\"")]
    [InlineData("unknown-weight-item.json", "$.scales[0].weights.sat1", "names unknown item \"imp9\"")]
    [InlineData("missing-code-is-an-answer.json", "$.responseScales[0].missingCodes[1]", "is a valid answer on the scale")]
    [InlineData("band-does-not-reach-top.json", "$.scales[0].bands[1].upTo", "would fall in no band")]
    [InlineData("unknown-property.json", "$.items[2].revers", "Did you mean \"reverse\"?")]
    public void A_broken_definition_is_rejected_with_its_file_path_and_a_plain_sentence(string file, string jsonPath, string message)
    {
        var result = Load("Broken", file);

        result.IsValid.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(file);
        error.Column.ShouldBe(jsonPath);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Malformed_json_is_reported_with_line_and_column()
    {
        var result = Load("Broken", "malformed-json.json");

        result.Instrument.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(15);
        int.Parse(error.Column.ShouldNotBeNull()).ShouldBeGreaterThan(30);
        error.Message.ShouldContain("not valid JSON (line 15");
        error.ToString().ShouldStartWith("malformed-json.json, row 15, column ");
    }

    [Fact]
    public void Every_broken_example_has_a_test()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Instruments", "Broken");
        var tested = typeof(DefinitionRulesTests).GetMethod(nameof(A_broken_definition_is_rejected_with_its_file_path_and_a_plain_sentence))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]).Append("malformed-json.json");

        Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Order().ShouldBe(tested.Order());
    }
}
