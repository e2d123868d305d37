using System.Collections.Concurrent;
using MentorEval.Core.Reliability;

namespace MentorEval.Core.Tests.Reliability;

/// <summary>
/// Every figure MentorEval reports against the value R's psych 2.2.9 reports on the same data
/// (Fixtures/make-references.R writes both). Tolerances: 1e-8 for closed-form figures (the fixture
/// keeps 10 decimals); 1e-5 for omega total and factor loadings, whose psych values come from an
/// L-BFGS-B run that stops at its default relative tolerance.
/// </summary>
public sealed class PsychReferenceTests
{
    private const double ClosedForm = 1e-8;
    private const double Iterative = 1e-5;

    private static readonly ConcurrentDictionary<(string, MissingDataPolicy), ScaleReliability> Results = new();

    public static TheoryData<string, string, string, string, string, double?> References()
    {
        var data = new TheoryData<string, string, string, string, string, double?>();
        foreach (var r in PsychReference.All.Where(r => !r.Statistic.StartsWith("Heywood", StringComparison.Ordinal)))
            data.Add(r.PsychCall, r.Fixture, r.Policy, r.Statistic, r.Item, r.Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Figure_matches_psych(string psychCall, string fixture, string policy, string statistic, string item, double? expected)
    {
        var result = Results.GetOrAdd(
            (fixture, Enum.Parse<MissingDataPolicy>(policy)),
            key => ScaleReliability.Of(Fixture.ByName(key.Item1), key.Item2));

        var actual = Figure(result, statistic, item);

        if (expected is null)
        {
            actual.ShouldBeNull(psychCall);
            return;
        }

        var tolerance = statistic is "OmegaTotal" or "FactorLoading" ? Iterative : ClosedForm;
        actual.ShouldNotBeNull(psychCall);
        actual.Value.ShouldBe(expected.Value, tolerance, psychCall);
    }

    [Fact]
    public void Raw_alpha_matches_psych_alpha_on_bfi_agreeableness()
    {
        // docs/psychometrics.md#reference-values-on-bfi, from psych::alpha(A)$total$raw_alpha with A1 keyed 7 − A1.
        ScaleReliability.Of(Fixture.BfiAgreeableness()).RawAlpha!.Value.ShouldBe(0.7030184, 1e-7);
    }

    [Fact]
    public void Standardized_alpha_G6_and_average_r_match_psych_alpha_on_bfi_agreeableness()
    {
        // psych::alpha(A)$total: std.alpha, G6(smc), average_r (docs/psychometrics.md#reference-values-on-bfi).
        var result = ScaleReliability.Of(Fixture.BfiAgreeableness());
        result.StandardizedAlpha!.Value.ShouldBe(0.7130286, 1e-7);
        result.GuttmanLambda6!.Value.ShouldBe(0.6827627, 1e-7);
        result.AverageInterItemCorrelation!.Value.ShouldBe(0.3319677, 1e-7);
    }

    [Fact]
    public void Omega_total_matches_psych_omega_one_factor_on_bfi_agreeableness()
    {
        // psych::omega(A, nfactors = 1)$omega.tot (docs/psychometrics.md#reference-values-on-bfi), tolerance 1e-5.
        ScaleReliability.Of(Fixture.BfiAgreeableness()).OmegaTotal!.Value.ShouldBe(0.7229431, 1e-5);
    }

    [Fact]
    public void Listwise_alpha_uses_the_2709_complete_respondents_of_bfi_agreeableness()
    {
        // psych::alpha(na.omit(A))$total$raw_alpha, nrow(na.omit(A)) = 2709 (docs/psychometrics.md#reference-values-on-bfi).
        var result = ScaleReliability.Of(Fixture.BfiAgreeableness(), MissingDataPolicy.Listwise);
        result.Policy.ShouldBe(MissingDataPolicy.Listwise);
        result.RespondentsUsed.ShouldBe(2709);
        result.RawAlpha!.Value.ShouldBe(0.7037559, 1e-7);
    }

    [Fact]
    public void Pairwise_Feldt_interval_uses_every_respondent_as_psych_alpha_does()
    {
        // psych::alpha(A)$feldt: alpha() passes nrow(A) = 2800 to alpha.ci, although at most 2784 answered an item.
        var result = ScaleReliability.Of(Fixture.BfiAgreeableness());
        result.RespondentsUsed.ShouldBe(2800);
        result.AlphaInterval!.Respondents.ShouldBe(2800);
        result.AlphaInterval.Lower.ShouldBe(0.6852643259, 1e-8);
        result.AlphaInterval.Upper.ShouldBe(0.7200633899, 1e-8);
        result.AlphaInterval.Level.ShouldBe(0.95);
    }

    [Fact]
    public void In_a_Heywood_case_omega_comes_from_the_true_minres_minimum_not_from_where_psychs_optimizer_stopped()
    {
        // psych::omega(H, nfactors = 1) reports H1 loading 1.029 (ultra-Heywood) and omega.tot 0.8937436;
        // its L-BFGS-B run, steered by a gradient that is not the criterion's, stops before the minimum
        // of the off-diagonal residuals. A careful R optim() over the same bounds gives omega 0.8924650.
        var result = ScaleReliability.Of(Fixture.Load("heywood"));
        var psychOmega = Reference("heywood", "HeywoodOmegaTotal");
        var psychResidual = Reference("heywood", "HeywoodMinresResidual");

        result.Warnings.ShouldContain(w => w.Code == ReliabilityWarningCode.HeywoodCase && w.ItemIds.SequenceEqual(new[] { "H1" }));
        result.OmegaTotal!.Value.ShouldBe(0.8924650, 1e-6);
        result.OmegaTotal.Value.ShouldBe(psychOmega, 0.002);
        MinresResidual(result).ShouldBeLessThan(psychResidual);
    }

    private static double Reference(string fixture, string statistic) =>
        PsychReference.All.Single(r => r.Fixture == fixture && r.Statistic == statistic).Value!.Value;

    private static double MinresResidual(ScaleReliability result)
    {
        var loadings = result.Items.Select(i => i.FactorLoading!.Value).ToArray();
        var sum = 0.0;
        for (var i = 0; i < loadings.Length; i++)
        {
            for (var j = i + 1; j < loadings.Length; j++)
            {
                var residual = result.Associations.Correlation[i, j]!.Value - loadings[i] * loadings[j];
                sum += residual * residual;
            }
        }

        return sum;
    }

    private static double? Figure(ScaleReliability result, string statistic, string item)
    {
        if (item.Contains(':'))
        {
            var pair = item.Split(':');
            return statistic switch
            {
                "Covariance" => result.Associations.Covariance[pair[0], pair[1]],
                "Correlation" => result.Associations.Correlation[pair[0], pair[1]],
                _ => throw new ArgumentException(statistic),
            };
        }

        var line = result.Items.SingleOrDefault(i => i.ItemId == item);
        return statistic switch
        {
            "RawAlpha" => result.RawAlpha,
            "StandardizedAlpha" => result.StandardizedAlpha,
            "GuttmanLambda6" => result.GuttmanLambda6,
            "AverageInterItemCorrelation" => result.AverageInterItemCorrelation,
            "FeldtLower" => result.AlphaInterval?.Lower,
            "FeldtUpper" => result.AlphaInterval?.Upper,
            "FeldtRespondents" => result.AlphaInterval?.Respondents,
            "OmegaTotal" => result.OmegaTotal,
            "ItemRespondents" => line!.Respondents,
            "ItemMean" => line!.Mean,
            "ItemStandardDeviation" => line!.StandardDeviation,
            "CorrectedItemTotalCorrelation" => line!.CorrectedItemTotalCorrelation,
            "AlphaIfDeleted" => line!.AlphaIfDeleted,
            "FactorLoading" => line!.FactorLoading,
            _ => throw new ArgumentException($"No figure named {statistic}."),
        };
    }
}
