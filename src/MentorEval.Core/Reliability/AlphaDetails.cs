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
        var seen = Rows(responses, policy);
        var answering = 0;
        var answeredAny = new bool[responses.RespondentCount];
        for (var i = 0; i < k; i++)
        {
            var answers = responses.Answers(i);
            for (var r = 0; r < answers.Length; r++)
                answeredAny[r] |= seen[r] && !double.IsNaN(answers[r]);
        }

        foreach (var any in answeredAny)
            if (any) answering++;
        var rowCount = seen.Count(r => r);
        var values = ResponseValuesOf(responses, used, seen);
        var scale = used.Count >= 2 && rawAlpha is not null ? ScaleFigures(Covariance(moments, used, policy), rawAlpha.Value, respondentsUsed) : null;
        var rowMeans = scale is null ? [] : RowMeans(responses, used, seen);

        var items = new ItemAlphaDetails[k];
        for (var i = 0; i < k; i++)
        {
            var position = IndexOf(used, i);
            var answered = Answered(responses.Answers(i), seen);
            items[i] = new ItemAlphaDetails(
                responses.ItemIds[i],
                scale is not null && position >= 0 ? Finite(Pearson(responses.Answers(i), rowMeans, seen)) : null,
                scale is not null && position >= 0 ? Finite(scale.StandardizedItemTotal[position]) : null,
                scale is not null && position >= 0 ? Finite(scale.OverlapCorrectedItemTotal[position]) : null,
                values is not null && position >= 0 ? Shares(responses.Answers(i), seen, values, answered) : null,
                rowCount == 0 ? 0 : 1 - (double)answered / rowCount);
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
    private static bool[] Rows(ItemResponses responses, MissingDataPolicy policy)
    {
        var seen = new bool[responses.RespondentCount];
        Array.Fill(seen, true);
        if (policy == MissingDataPolicy.Pairwise) return seen;
        for (var i = 0; i < responses.ItemCount; i++)
        {
            var answers = responses.Answers(i);
            for (var r = 0; r < answers.Length; r++)
                seen[r] &= !double.IsNaN(answers[r]);
        }

        return seen;
    }

    private static double[,] Covariance(ItemMoments moments, IReadOnlyList<int> used, MissingDataPolicy policy)
    {
        var c = new double[used.Count, used.Count];
        for (var a = 0; a < used.Count; a++)
            for (var b = 0; b < used.Count; b++)
                c[a, b] = a == b ? moments.Variance(used[a], policy) : moments.Pair(used[a], used[b], policy).Covariance;
        return c;
    }

    /// <summary>Each respondent's mean over the items they answered: the total psych's raw.r correlates with (NaN: none answered).</summary>
    private static double[] RowMeans(ItemResponses responses, IReadOnlyList<int> used, bool[] seen)
    {
        var sums = new double[seen.Length];
        var counts = new int[seen.Length];
        foreach (var i in used)
        {
            var answers = responses.Answers(i);
            for (var r = 0; r < answers.Length; r++)
            {
                if (!seen[r] || double.IsNaN(answers[r])) continue;
                sums[r] += answers[r];
                counts[r]++;
            }
        }

        for (var r = 0; r < sums.Length; r++)
            sums[r] = counts[r] == 0 ? double.NaN : sums[r] / counts[r];
        return sums;
    }

    /// <summary>Pearson r of the item with the row means over the respondents who answered it (R <c>cor(total, x, use = "pairwise")</c>).</summary>
    private static double Pearson(ReadOnlySpan<double> answers, double[] totals, bool[] seen)
    {
        double n = 0, sumX = 0, sumY = 0;
        for (var r = 0; r < answers.Length; r++)
        {
            if (!seen[r] || double.IsNaN(answers[r])) continue;
            n++;
            sumX += answers[r];
            sumY += totals[r];
        }

        if (n < 2) return double.NaN;
        double meanX = sumX / n, meanY = sumY / n, sxx = 0, syy = 0, sxy = 0;
        for (var r = 0; r < answers.Length; r++)
        {
            if (!seen[r] || double.IsNaN(answers[r])) continue;
            double dx = answers[r] - meanX, dy = totals[r] - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    private static int Answered(ReadOnlySpan<double> answers, bool[] seen)
    {
        var answered = 0;
        for (var r = 0; r < answers.Length; r++)
            if (seen[r] && !double.IsNaN(answers[r])) answered++;
        return answered;
    }

    private static double[]? ResponseValuesOf(ItemResponses responses, IReadOnlyList<int> used, bool[] seen)
    {
        var values = new SortedSet<double>();
        foreach (var i in used)
        {
            var answers = responses.Answers(i);
            for (var r = 0; r < answers.Length; r++)
            {
                if (!seen[r] || double.IsNaN(answers[r])) continue;
                if (values.Add(answers[r]) && values.Count > MostResponseValues) return null;
            }
        }

        return values.Count == 0 ? null : values.ToArray();
    }

    private static double[] Shares(ReadOnlySpan<double> answers, bool[] seen, double[] values, int answered)
    {
        var counts = new double[values.Length];
        for (var r = 0; r < answers.Length; r++)
            if (seen[r] && !double.IsNaN(answers[r])) counts[Array.BinarySearch(values, answers[r])]++;
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
