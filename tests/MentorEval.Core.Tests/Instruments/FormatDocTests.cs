using System.Text.RegularExpressions;
using MentorEval.Core.Instruments;
using MentorEval.Core.Tests.Support;

namespace MentorEval.Core.Tests.Instruments;

/// <summary>docs/instrument-format.md promises things about the format: its example and its rounding table must stay true.</summary>
public sealed partial class FormatDocTests
{
    [Fact]
    public void The_complete_example_is_valid_and_scores_as_described()
    {
        var doc = File.ReadAllText(Repository.PathOf("docs/instrument-format.md"));
        var example = CompleteExample().Match(doc);
        example.Success.ShouldBeTrue("docs/instrument-format.md has no '<!-- example: complete -->' json block");

        var result = InstrumentDefinition.Parse(example.Groups["json"].Value, "docs/instrument-format.md");

        result.Problems.ShouldBeEmpty(string.Join(" | ", result.Problems));
        var instrument = result.Instrument!;
        instrument.FindItem("rushed")!.Reverse.ShouldBeTrue();
        var quality = instrument.FindScale("meeting_quality")!;
        quality.RequiredAnswers.ShouldBe(2);
        quality.BandOf(2.5)!.Label.ShouldBe("Poor");
        quality.BandOf(2.51)!.Label.ShouldBe("Fair");
        quality.BandOf(3.6)!.Label.ShouldBe("Good");
        instrument.ResponseScaleOf(instrument.FindItem("rushed")!)!.Reverse(5).ShouldBe(1);
    }

    [Theory]
    [InlineData(3, 0.6, 2)]
    [InlineData(7, 0.75, 6)]
    [InlineData(26, 0.8, 21)]
    [InlineData(2, 0.5, 1)]
    [InlineData(3, 0.1, 1)]
    [InlineData(10, 0.7, 7)]
    public void Required_answers_round_the_share_up_as_documented(int items, double share, int required)
    {
        var scale = new Scale("s", "S", Enumerable.Range(1, items).Select(i => $"q{i}").ToList(), ScoringMethod.Mean,
            MinAnswered: null, MinAnsweredShare: share, HigherIsBetter: true, Bands: [],
            WeightItems: new Dictionary<string, string>(), TitleTranslations: Translations.None);

        scale.RequiredAnswers.ShouldBe(required);
    }

    [GeneratedRegex(@"<!-- example: complete -->\s*```json\n(?<json>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CompleteExample();
}
