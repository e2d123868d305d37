using CsCheck;
using MentorEval.Core.Tests.Support;
using MentorEval.Core.Statistics;

namespace MentorEval.Core.Tests.Statistics;

/// <summary>
/// Properties over generated scale scores (quarter steps on 1–5, so ties, zero changes and constant groups are
/// common; about one score in eight missing) and groups of 0 to 25 respondents.
/// </summary>
public sealed class StatisticsPropertyTests
{
    // Reordering changes only the order of floating-point sums: a few ulps, far inside this.
    private const double Tolerance = 1e-9;

    private static readonly Gen<double> Score = Gen.Frequency(
        (1, Gen.Const(double.NaN)),
        (7, Gen.Int[4, 20].Select(quarters => quarters / 4.0)));

    private static readonly Gen<double[]> Group = Score.Array[0, 25];

    /// <summary>Scores with a shuffled copy: the same respondents in another order.</summary>
    private static readonly Gen<(double[] Original, double[] Shuffled)> GroupAndShuffle =
        Group.SelectMany(scores => Gen.Shuffle(scores.ToArray()).Select(shuffled => (scores, shuffled)));

    /// <summary>Pairs (pre/post, mentor/mentee) with an order of the pairs.</summary>
    private static readonly Gen<(double[] First, double[] Second, int[] Order)> PairsAndOrder =
        Gen.Int[0, 25].SelectMany(n =>
            Gen.Select(Score.Array[n], Score.Array[n], Gen.Shuffle(Enumerable.Range(0, n).ToArray())));

    [Fact]
    public void Permuting_respondents_leaves_every_group_summary_unchanged()
    {
        GroupAndShuffle.CheckFixed((original, shuffled) =>
        {
            ShouldBeSame(GroupSummary.Describe(shuffled), GroupSummary.Describe(original));
            ShouldBeSame(GroupSummary.ShareByBand(shuffled, [2, 3.5, 4.5]), GroupSummary.ShareByBand(original, [2, 3.5, 4.5]));
        });
    }

    [Fact]
    public void Permuting_pairs_leaves_every_paired_change_statistic_unchanged()
    {
        PairsAndOrder.CheckFixed((pre, post, order) =>
            ShouldBeSame(ChangeAnalysis.Paired(Reorder(pre, order), Reorder(post, order)), ChangeAnalysis.Paired(pre, post)));
    }

    [Fact]
    public void Permuting_respondents_within_groups_leaves_every_comparison_unchanged()
    {
        Gen.Select(GroupAndShuffle, GroupAndShuffle, GroupAndShuffle).CheckFixed((a, b, c) =>
        {
            ShouldBeSame(GroupComparison.TwoGroups(a.Shuffled, b.Shuffled), GroupComparison.TwoGroups(a.Original, b.Original));
            ShouldBeSame(
                GroupComparison.OneWay([a.Shuffled, b.Shuffled, c.Shuffled]),
                GroupComparison.OneWay([a.Original, b.Original, c.Original]));
        });
    }

    [Fact]
    public void Permuting_pairs_leaves_every_dyad_statistic_unchanged_and_moves_each_gap_with_its_pair()
    {
        PairsAndOrder.CheckFixed((mentor, mentee, order) =>
        {
            var original = DyadAnalysis.Compare(mentor, mentee);
            var permuted = DyadAnalysis.Compare(Reorder(mentor, order), Reorder(mentee, order));

            ShouldBeSame(permuted, original, skip: nameof(DyadComparison.Pairs));
            permuted.Pairs.ShouldBe(Reorder(original.Pairs.ToArray(), order));
        });
    }

    [Fact]
    public void No_statistic_is_ever_NaN_or_infinite_and_every_null_one_has_a_reason()
    {
        PairsAndOrder.CheckFixed((first, second, _) =>
        {
            ShouldBeFiniteOrExplained(GroupSummary.Describe(first));
            ShouldBeFiniteOrExplained(ChangeAnalysis.Paired(first, second));
            ShouldBeFiniteOrExplained(GroupComparison.TwoGroups(first, second));
            ShouldBeFiniteOrExplained(GroupComparison.OneWay([first, second, first.Take(3).ToArray()]));
            ShouldBeFiniteOrExplained(DyadAnalysis.Compare(first, second), skip: nameof(DyadComparison.Pairs));
        });
    }

    private static T[] Reorder<T>(T[] values, int[] order) => [.. order.Select(i => values[i])];

    private static void ShouldBeSame(object actual, object expected, params string[] skip)
    {
        var actualValues = StatisticValues.Of(actual, skip);
        var expectedValues = StatisticValues.Of(expected, skip);
        actualValues.Select(v => v.Path).ShouldBe(expectedValues.Select(v => v.Path));
        foreach (var ((path, a), (_, e)) in actualValues.Zip(expectedValues))
        {
            if (a is double x && e is double y)
                x.ShouldBe(y, Tolerance * Math.Max(1, Math.Abs(y)), path);
            else
                a.ShouldBe(e, path);
        }
    }

    private static void ShouldBeFiniteOrExplained(object result, params string[] skip)
    {
        var values = StatisticValues.Of(result, skip);
        values.Where(v => v.Value is double d && !double.IsFinite(d)).ShouldBeEmpty();

        var reasons = values.Where(v => v.Path.Contains("Reasons")).ToList();
        if (values.Any(v => v.Value is null))
            reasons.ShouldNotBeEmpty($"{result.GetType().Name} has null statistics but no reason");
    }
}
