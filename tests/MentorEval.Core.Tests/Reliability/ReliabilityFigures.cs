using MentorEval.Core.Reliability;

namespace MentorEval.Core.Tests.Reliability;

/// <summary>Every number a <see cref="ScaleReliability"/> reports, named, for whole-result comparisons.</summary>
internal static class ReliabilityFigures
{
    public static IReadOnlyList<(string Name, double? Value)> Of(ScaleReliability result)
    {
        var figures = new List<(string, double?)>
        {
            ("RespondentsUsed", result.RespondentsUsed),
            ("ItemsUsed", result.ItemsUsed),
            ("RawAlpha", result.RawAlpha),
            ("StandardizedAlpha", result.StandardizedAlpha),
            ("AverageInterItemCorrelation", result.AverageInterItemCorrelation),
            ("GuttmanLambda6", result.GuttmanLambda6),
            ("OmegaTotal", result.OmegaTotal),
            ("FeldtLower", result.AlphaInterval?.Lower),
            ("FeldtUpper", result.AlphaInterval?.Upper),
            ("FeldtRespondents", result.AlphaInterval?.Respondents),
        };
        foreach (var item in result.Items)
        {
            figures.Add(($"{item.ItemId}.Respondents", item.Respondents));
            figures.Add(($"{item.ItemId}.Mean", item.Mean));
            figures.Add(($"{item.ItemId}.StandardDeviation", item.StandardDeviation));
            figures.Add(($"{item.ItemId}.CorrectedItemTotalCorrelation", item.CorrectedItemTotalCorrelation));
            figures.Add(($"{item.ItemId}.AlphaIfDeleted", item.AlphaIfDeleted));
            figures.Add(($"{item.ItemId}.FactorLoading", item.FactorLoading));
        }

        var ids = result.Associations.Covariance.ItemIds;
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = 0; j < ids.Count; j++)
            {
                figures.Add(($"Covariance[{ids[i]},{ids[j]}]", result.Associations.Covariance[i, j]));
                figures.Add(($"Correlation[{ids[i]},{ids[j]}]", result.Associations.Correlation[i, j]));
                figures.Add(($"JointRespondents[{ids[i]},{ids[j]}]", result.Associations.JointRespondents[i, j]));
            }
        }

        return figures;
    }

    /// <summary>
    /// Same figures present, each within the tolerance (looser for the iterative one-factor fit).
    /// The one-factor figures are compared only when <paramref name="factorTolerance"/> is given and
    /// the fit is neither a Heywood case nor resting on fewer respondents than items: there the problem
    /// has several equally good solutions.
    /// </summary>
    public static void ShouldMatch(ScaleReliability actual, ScaleReliability expected, double tolerance, double? factorTolerance)
    {
        var a = Of(actual);
        var e = Of(expected);
        var compareFactor = factorTolerance is not null && !HasSeveralFactorSolutions(expected) && !HasSeveralFactorSolutions(actual);
        a.Count.ShouldBe(e.Count);
        for (var i = 0; i < a.Count; i++)
        {
            var name = e[i].Name;
            a[i].Name.ShouldBe(name);
            var fromFactor = name.Contains("Omega") || name.Contains("FactorLoading");
            if (fromFactor && !compareFactor)
                continue;
            if (e[i].Value is null)
            {
                a[i].Value.ShouldBeNull(name);
                continue;
            }

            a[i].Value.ShouldNotBeNull(name);
            var limit = fromFactor ? factorTolerance!.Value : tolerance;
            a[i].Value!.Value.ShouldBe(e[i].Value!.Value, limit * Math.Max(1, Math.Abs(e[i].Value!.Value)), name);
        }

        actual.Warnings.Select(w => w.Code).Where(c => compareFactor || !IsAboutFactor(c)).Order()
            .ShouldBe(expected.Warnings.Select(w => w.Code).Where(c => compareFactor || !IsAboutFactor(c)).Order());
    }

    private static bool IsAboutFactor(ReliabilityWarningCode code) =>
        code is ReliabilityWarningCode.HeywoodCase or ReliabilityWarningCode.OmegaNotComputable or ReliabilityWarningCode.OneFactorNotUnique;

    // Both leave several equally good one-factor solutions, so rounding may pick a different one.
    private static bool HasSeveralFactorSolutions(ScaleReliability result) =>
        result.Warnings.Any(w => w.Code is ReliabilityWarningCode.HeywoodCase or ReliabilityWarningCode.OneFactorNotUnique);
}
