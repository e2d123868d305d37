using MentorEval.Reporting.Charts;

namespace MentorEval.Reporting.Tests.Charts;

/// <summary>Every chart, with typical and awkward input, comes out as a drawn 1200×700 PNG, the same every time.</summary>
public class ChartRenderingTests
{
    private static readonly string[] Waves = ["Baseline", "Mid-point", "End of program"];
    private static readonly string[] Agreement = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];

    private static readonly Dictionary<string, Func<byte[]>> Cases = new()
    {
        ["scale means, cohort and comparison"] = () => ScaleMeansChart.Render("Relationship quality", "Mean score (1–5)", Waves,
        [
            new("Mentors", false, [new(3.9, 3.8, 4.0), new(4.1, 4.0, 4.2), new(4.2, 4.05, 4.35)]),
            new("Mentees", false, [new(3.6, 3.5, 3.7), null, new(4.0, 3.85, 4.15)]),
            new("Mentors – 2024", true, [new(3.8, 3.7, 3.9), new(3.9, 3.8, 4.0), new(4.0, 3.9, 4.1)]),
            new("Mentees – 2024", true, [new(3.5, double.NaN, double.NaN), new(double.NaN, 0, 0), new(3.8, 3.7, 3.9)]),
        ]),
        ["scale means, twelve series"] = () => ScaleMeansChart.Render("Competencies", "Mean score", Waves,
            Enumerable.Range(0, 12).Select(i => new MeanSeries($"Competency {i + 1} with a long descriptive name", i >= 6,
                Waves.Select((_, w) => (MeanPoint?)new MeanPoint(3 + 0.1 * i + 0.1 * w, 2.9 + 0.1 * i, 3.2 + 0.1 * i + 0.1 * w)).ToArray())).ToArray()),
        ["scale means, single wave"] = () => ScaleMeansChart.Render("Baseline only", "Mean score", ["Baseline"], [new("Mentees", false, [new(3.2, 3.0, 3.4)])]),
        ["scale means, all-null series"] = () => ScaleMeansChart.Render("Suppressed", "Mean score", Waves, [new("Mentees", false, [null, null, null])]),
        ["scale means, empty"] = () => ScaleMeansChart.Render("Nothing yet", "Mean score", [], []),
        ["likert, five-point"] = () => LikertChart.Render("Mentee experience", Agreement,
            Enumerable.Range(1, 8).Select(i => new LikertItem($"Item {i}: my mentor listens to me when I talk about school", [0.05, 0.1 * (i % 3), 0.2, 0.3, 0.25])).ToArray()),
        ["likert, twenty-six items, four-point"] = () => LikertChart.Render("All items", ["Never", "Sometimes", "Often", "Always"],
            Enumerable.Range(1, 26).Select(i => new LikertItem($"Item {i}", [0.1, 0.2, double.NaN, 0.4])).ToArray()),
        ["likert, item without answers"] = () => LikertChart.Render("Sparse", Agreement, [new("Item 1", [0, 0, 0, 0, 0]), new("Item 2", [0.2, 0.2, 0.2, 0.2, 0.2])]),
        ["likert, empty"] = () => LikertChart.Render("Nothing", Agreement, []),
        ["likert, no labels"] = () => LikertChart.Render("Nothing", [], []),
        ["dyad scatter"] = () => DyadScatterChart.Render("Mentor and mentee views", "relationship quality",
            Enumerable.Range(0, 120).Select(i => (1 + i % 17 * 0.25, 1 + i % 13 * 0.3)).Append((double.NaN, 3)).ToArray(), 1, 5),
        ["dyad scatter, scores outside the scale"] = () => DyadScatterChart.Render("Odd", "goal clarity", [(0.5, 6), (3, 3)], 1, 5),
        ["dyad scatter, empty"] = () => DyadScatterChart.Render("No pairs", "goal clarity", [], 1, 5),
        ["dyad scatter, limits given high to low"] = () => DyadScatterChart.Render("Swapped", "goal clarity", [(2, 4), (3, 3)], 5, 1),
        ["dyad scatter, degenerate limits"] = () => DyadScatterChart.Render("Flat", "goal clarity", [(2, 2)], 3, 3),
        ["risk distribution"] = () => RiskDistributionChart.Render("Risk", Enumerable.Range(0, 500).Select(i => i / 499.0 * i / 499.0).Append(double.NaN).Append(1.0).ToArray(), 0.3),
        ["risk distribution, no threshold"] = () => RiskDistributionChart.Render("Risk", [0.1, 0.2, 0.25], null),
        ["risk distribution, empty"] = () => RiskDistributionChart.Render("Risk", [], 0.3),
        ["count bars, reasons"] = () => CountBarChart.Render("Most common reasons for a flag", "Pairs",
        [
            ("Mentee reported meeting less than once a month in the last wave", 42),
            ("Mentor's rating of relationship quality dropped by more than one point since baseline", 31),
            ("Mentee did not answer the mid-point survey", 0),
        ]),
        ["count bars, many"] = () => CountBarChart.Render("Warning signs", "Pairs", Enumerable.Range(0, 20).Select(i => ($"Rule {i}: a warning sign described at some length", 20 - i)).ToArray()),
        ["count bars, empty"] = () => CountBarChart.Render("Most common reasons for a flag", "Pairs", []),
        ["response rates"] = () => ResponseRateChart.Render("Response rates", Waves, [new("Mentors", [0.92, 0.81, 0.74]), new("Mentees", [0.88, null, double.NaN])]),
        ["response rates, single wave"] = () => ResponseRateChart.Render("Response rates", ["Baseline"], [new("Mentees", [1.0])]),
        ["response rates, all null"] = () => ResponseRateChart.Render("Response rates", Waves, [new("Mentors", [null, null, null])]),
        ["response rates, empty"] = () => ResponseRateChart.Render("Response rates", [], []),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Renders_a_drawn_1200_by_700_png(string caseName) => PngImage.ShouldBeAChart(Cases[caseName]());

    [Theory]
    [InlineData("scale means, cohort and comparison")]
    [InlineData("likert, five-point")]
    [InlineData("dyad scatter")]
    [InlineData("risk distribution")]
    [InlineData("count bars, reasons")]
    [InlineData("response rates")]
    public void Same_input_gives_identical_bytes(string caseName) => Cases[caseName]().ShouldBe(Cases[caseName]());

    [Fact]
    public void Charts_rendered_in_parallel_match_charts_rendered_one_by_one()
    {
        string[] names = ["scale means, cohort and comparison", "likert, five-point", "dyad scatter", "response rates"];
        var oneByOne = names.Select(n => Cases[n]()).ToArray();

        var parallel = names.AsParallel().AsOrdered().Select(n => Cases[n]()).ToArray();

        parallel.ShouldBe(oneByOne);
    }
}
