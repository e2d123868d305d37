using CsCheck;
using MentorEval.Core.Tests.Support;
using MentorEval.Core.Reliability;

namespace MentorEval.Core.Tests.Reliability;

/// <summary>
/// Properties that hold for any data (300 random scales drawn by CsCheck from a fixed seed, the same every run).
/// Tolerance: 1e-9 relative for closed-form figures (only the order of summation changes), 1e-6 for
/// omega and loadings, which come from an optimizer whose stopping point moves with rounding. When
/// some correlation rests on fewer than ten respondents (listwise: fewer than ten answered every item)
/// the correlations can be so degenerate that the one-factor fit has several equally good minima,
/// and rounding picks one; there only the closed-form figures are compared.
/// </summary>
public sealed class ReliabilityPropertyTests
{
    // A scale: n respondents × k items on 1–5, a shared respondent tendency so items correlate,
    // and roughly `missingPercent` of answers missing.
    private static Gen<(int N, int K, double[] Rows)> Scale(int missingPercent) =>
        Gen.Select(Gen.Int[3, 60], Gen.Int[2, 6]).SelectMany((n, k) =>
            Gen.Select(Gen.Int[-2, 2].Array[n], Gen.Int[-1, 1].Array[n * k], Gen.Int[0, 99].Array[n * k])
                .Select((tendency, noise, missing) =>
                {
                    var rows = new double[n * k];
                    for (var r = 0; r < n; r++)
                    {
                        for (var i = 0; i < k; i++)
                        {
                            var cell = r * k + i;
                            rows[cell] = missing[cell] < missingPercent
                                ? double.NaN
                                : Math.Clamp(3 + tendency[r] + noise[cell], 1, 5);
                        }
                    }

                    return (n, k, rows);
                }));

    [Fact]
    public void Permuting_respondents_leaves_every_figure_unchanged()
    {
        Scale(missingPercent: 15)
            .SelectMany(s => Gen.Shuffle(Enumerable.Range(0, s.N).ToArray()).Select(order => (s, order)))
            .CheckFixed(sample =>
            {
                var (scale, order) = sample;
                foreach (var policy in new[] { MissingDataPolicy.Pairwise, MissingDataPolicy.Listwise })
                {
                    var original = ScaleReliability.Of(Responses(scale, Enumerable.Range(0, scale.N).ToArray()), policy);
                    var permuted = ScaleReliability.Of(Responses(scale, order), policy);
                    var factorTolerance = FewestAnsweringTogether(original) >= 10 ? 1e-6 : (double?)null;
                    ReliabilityFigures.ShouldMatch(permuted, original, tolerance: 1e-9, factorTolerance);
                }
            }, iter: 1000);
    }

    [Fact]
    public void Pairwise_equals_listwise_when_no_answer_is_missing()
    {
        Scale(missingPercent: 0).CheckFixed(scale =>
        {
            var responses = Responses(scale, Enumerable.Range(0, scale.N).ToArray());
            var pairwise = ScaleReliability.Of(responses, MissingDataPolicy.Pairwise);
            var listwise = ScaleReliability.Of(responses, MissingDataPolicy.Listwise);

            pairwise.Policy.ShouldBe(MissingDataPolicy.Pairwise);
            listwise.Policy.ShouldBe(MissingDataPolicy.Listwise);
            ReliabilityFigures.ShouldMatch(pairwise, listwise, tolerance: 1e-12, factorTolerance: 1e-12);
        }, iter: 1000);
    }

    private static int FewestAnsweringTogether(ScaleReliability result)
    {
        var joint = result.Associations.JointRespondents;
        var k = joint.ItemIds.Count;
        var fewest = int.MaxValue;
        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
                fewest = Math.Min(fewest, (int)(joint[i, j] ?? 0));
        }

        return fewest;
    }

    private static ItemResponses Responses((int N, int K, double[] Rows) scale, int[] order)
    {
        var ids = Enumerable.Range(1, scale.K).Select(i => $"Q{i}").ToArray();
        var rows = order
            .Select(r => (IReadOnlyList<double>)scale.Rows.AsSpan(r * scale.K, scale.K).ToArray())
            .ToList();
        return ItemResponses.FromRows(ids, rows);
    }
}
