namespace MentorEval.Core.Reliability;

/// <summary>
/// What psych's <c>alpha()</c> prints beyond the figures of <see cref="ScaleReliability"/>: the signal-to-noise
/// ratio, alpha's standard error with Duhachek's interval, the median inter-item correlation, and per item the
/// three other item–total correlations and the response frequencies. Every figure is on the items in the scale
/// figures and on the same respondents as alpha (see <see cref="ScaleReliability.RespondentsUsed"/>).
/// </summary>
/// <param name="RespondentsAnswering">Respondents who answered at least one item of the scale (listwise: every item).</param>
/// <param name="SignalToNoise">k·r̄/(1 − r̄) (psych <c>$total$`S/N`</c>).</param>
/// <param name="AlphaStandardError">Duhachek &amp; Iacobucci's asymptotic standard error of raw alpha (psych <c>$total$ase</c>).</param>
/// <param name="DuhachekInterval">Raw alpha ± 1.96 standard errors (psych prints it as "Duhachek" under "95% confidence boundaries").</param>
/// <param name="MedianInterItemCorrelation">Median off-diagonal of R (psych <c>$total$median_r</c>).</param>
/// <param name="ResponseValues">
/// The answer values counted in <see cref="ItemAlphaDetails.ResponseShares"/>, ascending; null when the items
/// take more than ten distinct values (psych then gives no frequencies either).
/// </param>
public sealed record AlphaDetails(
    int RespondentsAnswering,
    double? SignalToNoise,
    double? AlphaStandardError,
    AlphaBounds? DuhachekInterval,
    double? MedianInterItemCorrelation,
    IReadOnlyList<double>? ResponseValues,
    IReadOnlyList<ItemAlphaDetails> Items)
{
    private const int MostResponseValues = 10;
    private const double NormalQuantile975 = 1.96; // psych's own rounding of the 97.5% normal quantile

    internal static AlphaDetails From(ItemResponses responses, ItemMoments moments, IReadOnlyList<int> used, double? rawAlpha,
        int respondentsUsed, MissingDataPolicy policy)
    {
        var k = responses.ItemCount;
        var rows = Rows(responses, policy);
        var answering = rows.Count(r => Enumerable.Range(0, k).Any(i => !double.IsNaN(responses[r, i])));
        var values = ResponseValuesOf(responses, used, rows);
        var covariance = Covariance(moments, used, policy);
        var scale = used.Count >= 2 && rawAlpha is not null ? ScaleFigures(covariance, rawAlpha.Value, respondentsUsed) : null;
        var rowMeans = RowMeans(responses, used, rows);

        var items = new ItemAlphaDetails[k];
        for (var i = 0; i < k; i++)
        {
            var position = IndexOf(used, i);
            var answered = rows.Count(r => !double.IsNaN(responses[r, i]));
            items[i] = new ItemAlphaDetails(
                responses.ItemIds[i],
                scale is not null && position >= 0 ? Finite(Pearson(responses, i, rows, rowMeans)) : null,
                scale is not null && position >= 0 ? Finite(scale.StandardizedItemTotal[position]) : null,
                scale is not null && position >= 0 ? Finite(scale.OverlapCorrectedItemTotal[position]) : null,
                values is not null && position >= 0 ? Shares(responses, i, rows, values, answered) : null,
                rows.Length == 0 ? 0 : 1 - (double)answered / rows.Length);
        }

        return new AlphaDetails(answering, scale?.SignalToNoise, scale?.StandardError,
            scale?.StandardError is { } se ? new AlphaBounds(rawAlpha!.Value - NormalQuantile975 * se, rawAlpha.Value + NormalQuantile975 * se) : null,
            scale?.MedianR, values, items);
    }

    private sealed record ScaleDetails(double? SignalToNoise, double? StandardError, double? MedianR, double[] StandardizedItemTotal, double[] OverlapCorrectedItemTotal);

    private static ScaleDetails ScaleFigures(double[,] c, double rawAlpha, int respondents)
    {
        var k = c.GetLength(0);
        var r = new double[k, k];
        double sumC = 0, traceC = 0, traceC2 = 0, sumR = 0;
        var columnC = new double[k];
        var columnR = new double[k];
        var offDiagonal = new List<double>();
        for (var i = 0; i < k; i++)
        {
            traceC += c[i, i];
            for (var j = 0; j < k; j++)
            {
                r[i, j] = c[i, j] / Math.Sqrt(c[i, i] * c[j, j]);
                sumC += c[i, j];
                columnC[i] += c[i, j];
                traceC2 += c[i, j] * c[j, i];
                columnR[i] += r[i, j];
                sumR += r[i, j];
                if (j < i) offDiagonal.Add(r[i, j]);
            }
        }

        // psych: Q = 2k²/((k−1)²(ΣC)³)·(ΣC·(tr C² + (tr C)²) − 2·tr C·Σ(C²)), ase = √(Q/N); Σ(C²) = Σ column sums².
        var sumC2 = columnC.Sum(s => s * s);
        var q = 2.0 * k * k / ((k - 1.0) * (k - 1.0) * sumC * sumC * sumC) * (sumC * (traceC2 + traceC * traceC) - 2 * traceC * sumC2);
        var averageR = (sumR - k) / (k * (k - 1.0));
        var smc = SquaredMultipleCorrelations.Of(r);
        var sumCorrected = sumR - k + smc.Sum();
        return new ScaleDetails(
            Finite(k * averageR / (1 - averageR)),
            q >= 0 && respondents > 0 && double.IsFinite(rawAlpha) ? Finite(Math.Sqrt(q / respondents)) : null,
            Finite(Median(offDiagonal)),
            columnR.Select(s => s / Math.Sqrt(sumR)).ToArray(),
            columnR.Select((s, i) => (s - 1 + smc[i]) / Math.Sqrt(sumCorrected)).ToArray());
    }

    /// <summary>The respondents psych sees: all (pairwise) or those who answered every item (listwise, <c>na.omit</c>).</summary>
    private static int[] Rows(ItemResponses responses, MissingDataPolicy policy) =>
        Enumerable.Range(0, responses.RespondentCount)
            .Where(r => policy == MissingDataPolicy.Pairwise || Enumerable.Range(0, responses.ItemCount).All(i => !double.IsNaN(responses[r, i])))
            .ToArray();

    private static double[,] Covariance(ItemMoments moments, IReadOnlyList<int> used, MissingDataPolicy policy)
    {
        var c = new double[used.Count, used.Count];
        for (var a = 0; a < used.Count; a++)
            for (var b = 0; b < used.Count; b++)
                c[a, b] = a == b ? moments.Variance(used[a], policy) : moments.Pair(used[a], used[b], policy).Covariance;
        return c;
    }

    /// <summary>Each respondent's mean over the items they answered: the total psych's raw.r correlates with.</summary>
    private static double[] RowMeans(ItemResponses responses, IReadOnlyList<int> used, int[] rows)
    {
        var means = new double[rows.Length];
        for (var x = 0; x < rows.Length; x++)
        {
            double sum = 0;
            var count = 0;
            foreach (var i in used)
            {
                var v = responses[rows[x], i];
                if (double.IsNaN(v)) continue;
                sum += v;
                count++;
            }

            means[x] = count == 0 ? double.NaN : sum / count;
        }

        return means;
    }

    private static double Pearson(ItemResponses responses, int item, int[] rows, double[] totals)
    {
        double n = 0, sumX = 0, sumY = 0;
        for (var x = 0; x < rows.Length; x++)
        {
            var v = responses[rows[x], item];
            if (double.IsNaN(v)) continue;
            n++;
            sumX += v;
            sumY += totals[x];
        }

        if (n < 2) return double.NaN;
        double meanX = sumX / n, meanY = sumY / n, sxx = 0, syy = 0, sxy = 0;
        for (var x = 0; x < rows.Length; x++)
        {
            var v = responses[rows[x], item];
            if (double.IsNaN(v)) continue;
            sxx += (v - meanX) * (v - meanX);
            syy += (totals[x] - meanY) * (totals[x] - meanY);
            sxy += (v - meanX) * (totals[x] - meanY);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    private static double[]? ResponseValuesOf(ItemResponses responses, IReadOnlyList<int> used, int[] rows)
    {
        var values = new SortedSet<double>();
        foreach (var i in used)
        {
            foreach (var r in rows)
            {
                var v = responses[r, i];
                if (double.IsNaN(v)) continue;
                values.Add(v);
                if (values.Count > MostResponseValues) return null;
            }
        }

        return values.Count == 0 ? null : values.ToArray();
    }

    private static double[] Shares(ItemResponses responses, int item, int[] rows, double[] values, int answered)
    {
        var counts = new double[values.Length];
        foreach (var r in rows)
        {
            var v = responses[r, item];
            if (!double.IsNaN(v)) counts[Array.BinarySearch(values, v)]++;
        }

        return counts.Select(c => answered == 0 ? 0 : c / answered).ToArray();
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0) return double.NaN;
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static int IndexOf(IReadOnlyList<int> used, int item)
    {
        for (var p = 0; p < used.Count; p++)
            if (used[p] == item) return p;
        return -1;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}

/// <param name="ItemTotalCorrelation">Correlation of the item with each respondent's mean over the items they answered (psych <c>raw.r</c>).</param>
/// <param name="StandardizedItemTotalCorrelation">Column sum of R over √ΣR: the item with the standardized total (psych <c>std.r</c>).</param>
/// <param name="OverlapCorrectedItemTotalCorrelation">As std.r with the item's own 1 on R's diagonal replaced by its squared multiple correlation (psych <c>r.cor</c>).</param>
/// <param name="ResponseShares">Share of the item's answers taking each of <see cref="AlphaDetails.ResponseValues"/> (psych <c>$response.freq</c>).</param>
/// <param name="MissingShare">Share of the respondents who left the item unanswered (psych <c>$response.freq[, "miss"]</c>).</param>
public sealed record ItemAlphaDetails(
    string ItemId,
    double? ItemTotalCorrelation,
    double? StandardizedItemTotalCorrelation,
    double? OverlapCorrectedItemTotalCorrelation,
    IReadOnlyList<double>? ResponseShares,
    double MissingShare);

public sealed record AlphaBounds(double Lower, double Upper);
