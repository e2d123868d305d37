namespace MentorEval.Core.Reliability;

/// <summary>
/// Sums over the respondents who answered both items of a pair (for i = j: the item's answers),
/// with answers shifted by a per-item constant so the sums stay small and exact for rating scales.
/// </summary>
internal readonly record struct PairMoments(
    double Count,
    double FirstSum,
    double SecondSum,
    double FirstSquares,
    double SecondSquares,
    double CrossProducts)
{
    // Deviation sums at or below this share of the raw sums are rounding noise: the item did not vary.
    private const double NegligibleShare = 1e-12;

    /// <summary>n − 1 denominator, like R's <c>cov</c>; NaN below two respondents.</summary>
    public double Covariance => Count < 2
        ? double.NaN
        : (CrossProducts - FirstSum * SecondSum / Count) / (Count - 1);

    /// <summary>
    /// Pearson r on these respondents only (R <c>cor(x, use = "pairwise")</c>: the standard deviations
    /// come from the same respondents); NaN when either item does not vary among them.
    /// </summary>
    public double Correlation
    {
        get
        {
            var first = FirstDeviations;
            var second = SecondDeviations;
            if (Count < 2 || first == 0 || second == 0)
                return double.NaN;
            var r = (CrossProducts - FirstSum * SecondSum / Count) / Math.Sqrt(first * second);
            return Math.Clamp(r, -1, 1);
        }
    }

    /// <summary>Σ(x − x̄)² of the first item over these respondents, exactly 0 when it does not vary.</summary>
    public double FirstDeviations => Deviations(FirstSum, FirstSquares);

    private double SecondDeviations => Deviations(SecondSum, SecondSquares);

    private double Deviations(double sum, double squares)
    {
        if (Count < 1)
            return 0;
        var deviations = squares - sum * sum / Count;
        return deviations <= NegligibleShare * squares ? 0 : deviations;
    }
}
