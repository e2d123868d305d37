namespace MentorEval.Core.Reliability;

/// <summary>
/// The covariance-based coefficients of psych's <c>alpha()</c>, from the item covariance matrix C
/// alone (R = cov2cor(C), as psych does). Values that cannot be formed (a zero denominator) come
/// out NaN here and are reported as missing by the caller.
/// </summary>
/// <param name="TotalVaries">False when ΣC, the variance of the scale total, is zero up to rounding.</param>
internal sealed record AlphaCoefficients(
    bool TotalVaries,
    double RawAlpha,
    double StandardizedAlpha,
    double GuttmanLambda6,
    double AverageInterItemCorrelation,
    double[] CorrectedItemTotalCorrelations,
    double[] AlphasIfDeleted)
{
    public static AlphaCoefficients From(double[,] covariance)
    {
        var k = covariance.GetLength(0);
        var correlation = new double[k, k];
        double total = 0, trace = 0, correlationTotal = 0;
        var columnTotals = new double[k];
        for (var i = 0; i < k; i++)
        {
            trace += covariance[i, i];
            for (var j = 0; j < k; j++)
            {
                total += covariance[i, j];
                columnTotals[i] += covariance[i, j];
                correlation[i, j] = covariance[i, j] / Math.Sqrt(covariance[i, i] * covariance[j, j]);
                correlationTotal += correlation[i, j];
            }
        }

        var stretch = k / (k - 1.0);
        var smcTotal = SquaredMultipleCorrelations.Of(correlation).Sum();
        var correctedItemTotal = new double[k];
        var alphaIfDeleted = new double[k];
        for (var i = 0; i < k; i++)
        {
            // Variance of the sum of the other items, and the item's covariance with that sum:
            // psych's r.drop comes from C like this, not from recomputed sum scores.
            var othersTotal = total - 2 * columnTotals[i] + covariance[i, i];
            var withOthers = columnTotals[i] - covariance[i, i];
            var othersVary = !IsNil(othersTotal, trace - covariance[i, i]);
            correctedItemTotal[i] = othersVary ? withOthers / Math.Sqrt(covariance[i, i] * othersTotal) : double.NaN;

            // A single remaining item has no alpha (psych prints a covariance ratio there instead).
            alphaIfDeleted[i] = k > 2 && othersVary
                ? (k - 1.0) / (k - 2.0) * (1 - (trace - covariance[i, i]) / othersTotal)
                : double.NaN;
        }

        var totalVaries = !IsNil(total, trace);
        var correlationsAddUp = !IsNil(correlationTotal, k);
        return new AlphaCoefficients(
            TotalVaries: totalVaries,
            RawAlpha: totalVaries ? stretch * (1 - trace / total) : double.NaN,
            StandardizedAlpha: correlationsAddUp ? stretch * (1 - k / correlationTotal) : double.NaN,
            GuttmanLambda6: correlationsAddUp ? 1 - (k - smcTotal) / correlationTotal : double.NaN,
            AverageInterItemCorrelation: (correlationTotal - k) / (k * (k - 1.0)),
            CorrectedItemTotalCorrelations: correctedItemTotal,
            AlphasIfDeleted: alphaIfDeleted);
    }

    // A denominator this small next to the numbers it was summed from is zero up to rounding;
    // dividing by it would print noise as a huge coefficient.
    private static bool IsNil(double value, double scale) => Math.Abs(value) <= 1e-12 * Math.Abs(scale);
}
