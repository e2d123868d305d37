using CsCheck;
using MentorEval.Core.Tests.Support;
using MentorEval.Core.Instruments;
using MentorEval.Core.Scoring;

namespace MentorEval.Core.Tests.Scoring;

/// <summary>Scale scores as docs/instrument-format.md defines them, on hand-worked examples.</summary>
public sealed class ScaleScorerTests
{
    private static readonly Instrument Instrument = InstrumentDefinition.Parse("""
        { "id": "t", "version": "1.0.0", "title": "T", "citation": "test", "roles": ["mentee"],
          "responseScales": [ { "id": "a5", "min": 1, "max": 5 }, { "id": "imp", "min": 0, "max": 4 }, { "id": "sym", "min": -2, "max": 2 } ],
          "items": [
            { "id": "q1", "text": "1", "responseScale": "a5" },
            { "id": "q2", "text": "2", "responseScale": "a5", "reverse": true },
            { "id": "q3", "text": "3", "responseScale": "a5" },
            { "id": "w1", "text": "importance 1", "responseScale": "imp" },
            { "id": "w2", "text": "importance 2", "responseScale": "imp" },
            { "id": "s1", "text": "symmetric", "responseScale": "sym", "reverse": true } ],
          "scales": [
            { "id": "mean", "title": "Mean", "items": ["q1", "q2", "q3"], "minAnswered": 2 },
            { "id": "sum", "title": "Sum", "items": ["q1", "q2", "q3"], "method": "sum", "minAnswered": 2 },
            { "id": "prorated", "title": "Prorated", "items": ["q1", "q2", "q3"], "method": "proratedSum", "minAnswered": 2 },
            { "id": "weighted", "title": "Weighted", "items": ["q1", "q3"], "method": "weightedMean", "minAnswered": 1,
              "weights": { "q1": "w1", "q3": "w2" } },
            { "id": "symmetric", "title": "Symmetric", "items": ["s1"] } ] }
        """, "t").Instrument!;

    private static double Score(string scaleId, params double[] values) =>
        new ScaleScorer(Instrument, Instrument.FindScale(scaleId)!).Score(values);

    private const double NA = double.NaN;

    [Fact]
    public void Mean_reverses_keyed_items_with_the_scale_bounds_then_averages() =>
        Score("mean", 5, 1, 3, 0, 0, 0).ShouldBe((5 + 5 + 3) / 3.0);

    [Fact]
    public void Mean_of_answered_items_when_enough_are_answered() =>
        Score("mean", 4, NA, 2, 0, 0, 0).ShouldBe(3);

    [Fact]
    public void Too_few_answers_give_no_score() =>
        double.IsNaN(Score("mean", 4, NA, NA, 0, 0, 0)).ShouldBeTrue();

    [Fact]
    public void Sum_adds_answered_items() => Score("sum", 4, NA, 2, 0, 0, 0).ShouldBe(6);

    [Fact]
    public void Prorated_sum_is_the_mean_times_the_item_count() => Score("prorated", 4, NA, 2, 0, 0, 0).ShouldBe(9);

    [Fact]
    public void Weighted_mean_weights_each_answer_by_its_importance() =>
        Score("weighted", 5, 0, 2, 3, 1, 0).ShouldBe((3 * 5 + 1 * 2) / 4.0);

    [Fact]
    public void An_answer_without_its_weight_does_not_count() =>
        Score("weighted", 5, 0, 2, NA, 1, 0).ShouldBe(2);

    [Fact]
    public void All_zero_weights_give_no_score() =>
        double.IsNaN(Score("weighted", 5, 0, 2, 0, 0, 0)).ShouldBeTrue();

    [Fact]
    public void Reverse_keying_works_on_a_scale_centred_on_zero() => Score("symmetric", 0, 0, 0, 0, 0, 2).ShouldBe(-2);

    [Fact]
    public void Without_a_minimum_every_item_is_required() =>
        double.IsNaN(Score("symmetric", 0, 0, 0, 0, 0, NA)).ShouldBeTrue();

    [Fact]
    public void Reversing_an_answer_twice_gives_it_back() =>
        Gen.Select(Gen.Int[-10, 10], Gen.Int[1, 20], Gen.Double[0, 1]).CheckFixed((min, width, share) =>
        {
            var scale = new ResponseScale("s", ResponseScaleKind.Numeric, min, min + width, [], []);
            var answer = min + share * width;
            scale.Reverse(scale.Reverse(answer)).ShouldBe(answer, 1e-12);
        });

    [Fact]
    public void Reverse_keying_an_item_twice_scores_like_not_keying_it() =>
        Gen.Int[1, 5].Array[3].CheckFixed(answers =>
        {
            var values = answers.Select(a => (double)a).Concat([0.0, 0.0, 0.0]).ToArray();
            var keyedTwice = values.ToArray();
            keyedTwice[1] = Instrument.ResponseScaleOf(Instrument.Items[1])!.Reverse(values[1]);
            // q2 is reverse-keyed in the definition; giving it already reversed must undo the key.
            Score("mean", keyedTwice).ShouldBe((values[0] + values[1] + values[2]) / 3, 1e-12);
        });
}
