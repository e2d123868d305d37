using System.Collections.Concurrent;
using System.Globalization;
using MentorEval.Core.Reliability;

namespace MentorEval.Core.Tests.Reliability;

/// <summary>
/// What psych's <c>alpha()</c> prints beyond alpha itself (raw.r, std.r, r.cor, response frequencies, share missing,
/// S/N, ase, the Duhachek interval, median r), against psych 2.2.9 on the same keyed data
/// (Fixtures/make-alpha-details.R writes Fixtures/alpha-details.csv). Each case is named by its psych call.
/// </summary>
public sealed class AlphaDetailsPsychTests
{
    private const double Tolerance = 1e-4;

    private static readonly ConcurrentDictionary<(string, MissingDataPolicy), ScaleReliability> Results = new();

    public static TheoryData<string, string, string, string, string, double?> References()
    {
        var data = new TheoryData<string, string, string, string, string, double?>();
        foreach (var r in PsychReference.AlphaDetails)
            data.Add(r.PsychCall, r.Fixture, r.Policy, r.Statistic, r.Item, r.Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Detail_matches_psych(string psychCall, string fixture, string policy, string statistic, string item, double? expected)
    {
        var result = Results.GetOrAdd(
            (fixture, Enum.Parse<MissingDataPolicy>(policy)),
            key => ScaleReliability.Of(Fixture.ByName(key.Item1), key.Item2));

        var actual = Figure(result.Details, statistic, item);

        actual.ShouldNotBeNull(psychCall);
        actual.Value.ShouldBe(expected!.Value, Tolerance, psychCall);
    }

    [Fact]
    public void Every_statistic_psych_prints_beyond_alpha_is_checked()
    {
        var statistics = PsychReference.AlphaDetails.Select(r => r.Statistic.Split(':')[0]).Distinct().Order().ToArray();

        statistics.ShouldBe(new[]
        {
            "AlphaStandardError", "DuhachekLower", "DuhachekUpper", "ItemTotalCorrelation", "MedianInterItemCorrelation",
            "MissingShare", "OverlapCorrectedItemTotalCorrelation", "ResponseShare", "SignalToNoise", "StandardizedItemTotalCorrelation",
        });
    }

    private static double? Figure(AlphaDetails details, string statistic, string item)
    {
        var line = details.Items.SingleOrDefault(i => i.ItemId == item);
        if (statistic.StartsWith("ResponseShare:", StringComparison.Ordinal))
        {
            var value = double.Parse(statistic["ResponseShare:".Length..], CultureInfo.InvariantCulture);
            var index = details.ResponseValues!.ToList().IndexOf(value);
            return index < 0 ? 0 : line!.ResponseShares![index];
        }

        return statistic switch
        {
            "SignalToNoise" => details.SignalToNoise,
            "AlphaStandardError" => details.AlphaStandardError,
            "MedianInterItemCorrelation" => details.MedianInterItemCorrelation,
            "DuhachekLower" => details.DuhachekInterval?.Lower,
            "DuhachekUpper" => details.DuhachekInterval?.Upper,
            "ItemTotalCorrelation" => line!.ItemTotalCorrelation,
            "StandardizedItemTotalCorrelation" => line!.StandardizedItemTotalCorrelation,
            "OverlapCorrectedItemTotalCorrelation" => line!.OverlapCorrectedItemTotalCorrelation,
            "MissingShare" => line!.MissingShare,
            _ => throw new ArgumentException($"No figure for {statistic}.", nameof(statistic)),
        };
    }
}
