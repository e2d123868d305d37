using MentorEval.Core.Reliability;
using MentorEval.Core.Tests.Support;
using MentorEval.Core.Validity;

namespace MentorEval.Core.Tests.Validity;

/// <summary>What the factor analysis says when the data cannot carry the model, and how it words local misfit.</summary>
public sealed class CfaWarningsTests
{
    [Fact]
    public void Fewer_complete_respondents_than_items_give_no_fit_and_say_how_many_are_needed()
    {
        var analysis = ConfirmatoryFactorAnalysis.Fit(ValidityFixture.HolzingerSwinefordModel, FirstRows(ValidityFixture.HolzingerSwineford().Items, 8));

        analysis.Fit.ShouldBeNull();
        analysis.Loadings.ShouldBeEmpty();
        var warning = analysis.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ValidityWarningCode.TooFewRespondents);
        warning.Message.ShouldContain("Only 8 respondent(s) answered all 9 items");
        warning.Message.ShouldContain("at least 10");
        warning.Message.ShouldContain("at least 210");
    }

    [Fact]
    public void A_sample_below_ten_respondents_per_parameter_is_fitted_with_a_warning_naming_the_number_needed()
    {
        var analysis = ConfirmatoryFactorAnalysis.Fit(ValidityFixture.HolzingerSwinefordModel, FirstRows(ValidityFixture.HolzingerSwineford().Items, 100));

        analysis.Fit.ShouldNotBeNull();
        analysis.Warnings.ShouldContain(w => w.Code == ValidityWarningCode.FewRespondentsForModel &&
                                             w.Message.Contains("21 parameters from 100 complete respondents") && w.Message.Contains("about 210"));
    }

    [Fact]
    public void An_item_everyone_answered_alike_makes_the_covariance_matrix_not_positive_definite_and_is_named()
    {
        var hs = ValidityFixture.HolzingerSwineford().Items;
        var n = hs.RespondentCount;
        var values = new double[9 * n];
        for (var i = 0; i < 9; i++) for (var r = 0; r < n; r++) values[i * n + r] = i == 1 ? 4 : hs[r, i];

        var analysis = ConfirmatoryFactorAnalysis.Fit(ValidityFixture.HolzingerSwinefordModel, new ItemResponses(hs.ItemIds, n, values));

        analysis.Fit.ShouldBeNull();
        analysis.Warnings.ShouldHaveSingleItem().Code.ShouldBe(ValidityWarningCode.SampleNotPositiveDefinite);
        analysis.Warnings[0].Message.ShouldContain("same answer to x2");
    }

    [Fact]
    public void A_loading_that_needs_more_than_all_of_an_items_variance_is_reported_as_a_Heywood_case()
    {
        // Three items with r12 = r13 = .8 and r23 = .5: one factor needs λ1² = .8·.8/.5 = 1.28, more than x1's whole variance.
        var analysis = ConfirmatoryFactorAnalysis.Fit(new MeasurementModel([new Factor("f", "f", ["a", "b", "c"])]),
            Simulated(500, [1, 0.8, 0.8, 0.8, 1, 0.5, 0.8, 0.5, 1], ["a", "b", "c"]));

        analysis.ResidualVariances.Single(r => r.Item == "a").Estimate.ShouldBeLessThan(0);
        analysis.Warnings.ShouldContain(w => w.Code == ValidityWarningCode.HeywoodCase && w.Message.StartsWith("Heywood case: a has a negative residual variance"));
        analysis.Warnings.ShouldContain(w => w.Code == ValidityWarningCode.NoDegreesOfFreedom);
        analysis.Fit!.Cfi.ShouldBeNull();
    }

    [Fact]
    public void Large_modification_indices_are_said_in_plain_words()
    {
        var (analysis, _) = CfaLavaanReferenceTests.Analyse("hs");

        analysis.ModificationIndices.Select(m => m.Sentence).ShouldBe([
            "Item x9 also reflects visual, not only speed (modification index 36.4).",
            "Items x7 and x8 share more than their factor explains (modification index 34.1).",
            "Item x7 also reflects visual, not only speed (modification index 18.6).",
            "Items x8 and x9 share more than their factor explains (modification index 14.9).",
        ]);
    }

    [Fact]
    public void Residual_correlations_above_10_are_said_in_plain_words()
    {
        var (analysis, _) = CfaLavaanReferenceTests.Analyse("hs");

        analysis.ResidualCorrelations.ShouldNotBeEmpty();
        foreach (var r in analysis.ResidualCorrelations)
            r.Sentence.ShouldStartWith($"Items {r.First} and {r.Second} correlate .{Math.Round(Math.Abs(r.Residual) * 100):00} " +
                                       (r.Residual > 0 ? "more than the model explains" : "less than the model expects"));
        analysis.ResidualCorrelations.ShouldAllBe(r => Math.Abs(r.Residual) > 0.10);
    }

    [Fact]
    public void The_mca_26_definition_gives_six_correlated_factors_and_leaves_the_total_and_two_item_scale_aside_with_reasons()
    {
        var models = InstrumentModels.From(ShippedInstruments.Get("mca-26"));

        models.Combined!.Factors.Select(f => f.Id).ShouldBe(["communication", "expectations", "understanding", "independence", "diversity", "professional_development"]);
        models.Single.Select(m => m.Factors[0].Id).ShouldBe(["communication", "expectations", "understanding", "independence", "professional_development", "overall"]);
        models.Notes.ShouldContain("Scale overall is made of items other scales already measure (a total or a repeat), so it is not a factor of the combined model.");
        models.Notes.ShouldContain(n => n.StartsWith("Scale diversity has two items"));
    }

    private static ItemResponses FirstRows(ItemResponses items, int n)
    {
        var values = new double[items.ItemCount * n];
        for (var i = 0; i < items.ItemCount; i++) items.Answers(i)[..n].CopyTo(values.AsSpan(i * n, n));
        return new ItemResponses(items.ItemIds, n, values);
    }

    /// <summary>Seeded multivariate normal answers with the given correlation matrix.</summary>
    private static ItemResponses Simulated(int n, double[] correlation, string[] ids)
    {
        var p = ids.Length;
        var l = new double[p * p];
        for (var j = 0; j < p; j++)
            for (var i = j; i < p; i++)
            {
                var s = correlation[i * p + j];
                for (var k = 0; k < j; k++) s -= l[i * p + k] * l[j * p + k];
                l[i * p + j] = i == j ? Math.Sqrt(s) : s / l[j * p + j];
            }

        var random = new Random(19);
        var values = new double[p * n];
        for (var r = 0; r < n; r++)
        {
            var z = Enumerable.Range(0, p).Select(_ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())).ToArray();
            for (var i = 0; i < p; i++)
                for (var k = 0; k <= i; k++) values[i * n + r] += l[i * p + k] * z[k];
        }

        return new ItemResponses(ids, n, values);
    }
}
