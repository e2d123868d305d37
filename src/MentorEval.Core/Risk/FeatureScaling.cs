namespace MentorEval.Core.Risk;

/// <summary>
/// Imputation and standardisation learned on training rows: a missing value becomes the training mean (so 0 after
/// standardising) while the <see cref="RiskFeatureKind.NoAnswerYet"/> indicators say that something was missing.
/// Standardised inputs let one L2 penalty treat every feature alike in the logistic regression; trees do not mind.
/// </summary>
public sealed record FeatureScaling(IReadOnlyList<double> Means, IReadOnlyList<double> Deviations)
{
    public static FeatureScaling Fit(IReadOnlyList<double[]> rows, int width)
    {
        var means = new double[width];
        var deviations = new double[width];
        for (var j = 0; j < width; j++)
        {
            double sum = 0, squares = 0;
            var n = 0;
            foreach (var row in rows)
            {
                var x = row[j];
                if (double.IsNaN(x)) continue;
                sum += x;
                squares += x * x;
                n++;
            }

            means[j] = n == 0 ? 0 : sum / n;
            var variance = n < 2 ? 0 : (squares - n * means[j] * means[j]) / (n - 1);
            deviations[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        return new FeatureScaling(means, deviations);
    }

    public float[] Apply(double[] raw)
    {
        var scaled = new float[raw.Length];
        for (var j = 0; j < raw.Length; j++)
            scaled[j] = double.IsNaN(raw[j]) ? 0f : (float)((raw[j] - Means[j]) / Deviations[j]);
        return scaled;
    }
}
