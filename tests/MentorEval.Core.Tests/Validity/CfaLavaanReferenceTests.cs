using System.Text.Json;
using MentorEval.Core.Reliability;
using MentorEval.Core.Validity;

namespace MentorEval.Core.Tests.Validity;

/// <summary>
/// Our maximum likelihood CFA against lavaan 0.6-14 (values and calls in Fixtures/expected.json, written by
/// Fixtures/make_fixtures.R): every fit index, raw and standardized loading, residual variance and factor correlation
/// with their standard errors, within 1e-3.
/// </summary>
public sealed class CfaLavaanReferenceTests
{
    private const double Tolerance = 1e-3;

    public static TheoryData<string> Cases => new() { "hs", "hs_visual", "bfi", "mca" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_indices_equal_lavaans_fitMeasures(string name)
    {
        var (analysis, expected) = Analyse(name);
        var fit = analysis.Fit.ShouldNotBeNull();
        var reference = expected.GetProperty("fit");
        analysis.Converged.ShouldBeTrue();
        analysis.RespondentsUsed.ShouldBe(reference.GetProperty("ntotal").GetInt32());
        fit.Df.ShouldBe(reference.GetProperty("df").GetInt32());
        fit.BaselineDf.ShouldBe(reference.GetProperty("baseline.df").GetInt32());
        fit.ChiSquare.ShouldBe(reference.GetProperty("chisq").GetDouble(), Tolerance);
        fit.BaselineChiSquare.ShouldBe(reference.GetProperty("baseline.chisq").GetDouble(), Tolerance);
        fit.PValue!.Value.ShouldBe(reference.GetProperty("pvalue").GetDouble(), Tolerance);
        fit.Cfi!.Value.ShouldBe(reference.GetProperty("cfi").GetDouble(), Tolerance);
        fit.Tli!.Value.ShouldBe(reference.GetProperty("tli").GetDouble(), Tolerance);
        fit.Rmsea!.Value.ShouldBe(reference.GetProperty("rmsea").GetDouble(), Tolerance);
        fit.RmseaLower!.Value.ShouldBe(reference.GetProperty("rmsea.ci.lower").GetDouble(), Tolerance);
        fit.RmseaUpper!.Value.ShouldBe(reference.GetProperty("rmsea.ci.upper").GetDouble(), Tolerance);
        fit.RmseaPClose!.Value.ShouldBe(reference.GetProperty("rmsea.pvalue").GetDouble(), Tolerance);
        fit.Srmr.ShouldBe(reference.GetProperty("srmr").GetDouble(), Tolerance);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Estimates_and_standard_errors_equal_lavaans_parameterEstimates_and_standardizedSolution(string name)
    {
        var (analysis, expected) = Analyse(name);
        var checkedCount = 0;
        foreach (var row in expected.GetProperty("parameters").EnumerateArray())
        {
            string lhs = row.GetProperty("lhs").GetString()!, op = row.GetProperty("op").GetString()!, rhs = row.GetProperty("rhs").GetString()!;
            double est = row.GetProperty("est").GetDouble(), se = row.GetProperty("se").GetDouble();
            double std = row.GetProperty("std").GetDouble(), stdSe = row.GetProperty("std_se").GetDouble();
            var label = $"{lhs} {op} {rhs}";
            if (op == "=~")
            {
                var loading = analysis.Loadings.Single(l => l.Factor == lhs && l.Item == rhs);
                loading.Estimate.ShouldBe(est, Tolerance, label);
                loading.StandardError!.Value.ShouldBe(se, Tolerance, label);
                loading.Standardized.ShouldBe(std, Tolerance, label);
                loading.StandardizedError!.Value.ShouldBe(stdSe, Tolerance, label);
            }
            else if (lhs == rhs)
            {
                var residual = analysis.ResidualVariances.Single(r => r.Item == lhs);
                residual.Estimate.ShouldBe(est, Tolerance, label);
                residual.StandardError!.Value.ShouldBe(se, Tolerance, label);
                residual.Standardized.ShouldBe(std, Tolerance, label);
            }
            else
            {
                var correlation = analysis.Correlations.Single(c => (c.First, c.Second) == (lhs, rhs) || (c.First, c.Second) == (rhs, lhs));
                correlation.Estimate.ShouldBe(est, Tolerance, label);
                correlation.StandardError!.Value.ShouldBe(se, Tolerance, label);
            }

            checkedCount++;
        }

        checkedCount.ShouldBe(analysis.FreeParameters);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Modification_indices_above_10_are_lavaans_modindices_with_minimum_value_10(string name)
    {
        var (analysis, expected) = Analyse(name);
        var reference = expected.GetProperty("modindices").EnumerateArray().ToList();
        analysis.ModificationIndices.Count.ShouldBe(reference.Count);
        foreach (var row in reference)
        {
            string lhs = row.GetProperty("lhs").GetString()!, rhs = row.GetProperty("rhs").GetString()!;
            var index = row.GetProperty("op").GetString() == "=~"
                ? analysis.ModificationIndices.Single(m => m.Kind == ModificationKind.CrossLoading && m.Target == lhs && m.Item == rhs)
                : analysis.ModificationIndices.Single(m => m.Kind == ModificationKind.ResidualCovariance &&
                                                          ((m.Item, m.Target) == (lhs, rhs) || (m.Item, m.Target) == (rhs, lhs)));
            index.Value.ShouldBe(row.GetProperty("mi").GetDouble(), Tolerance, $"{lhs} {rhs}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Residual_correlations_above_10_are_lavaans_residuals_of_type_cor(string name)
    {
        var (analysis, expected) = Analyse(name);
        var reference = expected.GetProperty("residual_correlations").EnumerateArray().ToList();
        analysis.ResidualCorrelations.Count.ShouldBe(reference.Count);
        foreach (var row in reference)
        {
            string a = row.GetProperty("a").GetString()!, b = row.GetProperty("b").GetString()!;
            analysis.ResidualCorrelations.Single(r => (r.First, r.Second) == (a, b) || (r.First, r.Second) == (b, a))
                .Residual.ShouldBe(row.GetProperty("r").GetDouble(), Tolerance);
        }
    }

    internal static (FactorAnalysis Analysis, JsonElement Expected) Analyse(string name)
    {
        var expected = ValidityFixture.Case(name);
        var analysis = name switch
        {
            "hs" => ConfirmatoryFactorAnalysis.Fit(ValidityFixture.HolzingerSwinefordModel, ValidityFixture.HolzingerSwineford().Items),
            "hs_visual" => ConfirmatoryFactorAnalysis.Fit(new MeasurementModel([new Factor("visual", "visual", ["x1", "x2", "x3", "x7", "x9"])]),
                ValidityFixture.HolzingerSwineford().Items),
            "bfi" => ConfirmatoryFactorAnalysis.Fit(ValidityFixture.BfiModel, ValidityFixture.BfiLikeKeyed()),
            "mca" => SampleMcaAnalysis(),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        return (analysis, expected);
    }

    private static FactorAnalysis SampleMcaAnalysis()
    {
        var (instrument, values, _) = ValidityFixture.SampleMca();
        var models = InstrumentModels.From(instrument);
        var model = models.Combined.ShouldNotBeNull();
        return ConfirmatoryFactorAnalysis.Fit(model, models.KeyedAnswers(model, values));
    }
}
