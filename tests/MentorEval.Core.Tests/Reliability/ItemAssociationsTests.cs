using MentorEval.Core.Reliability;

namespace MentorEval.Core.Tests.Reliability;

/// <summary>
/// The blocked, striped, parallel accumulation against a plain two-pass computation done entry by
/// entry (R's way), on data large enough to span many blocks and stripes. Tolerance 1e-10.
/// </summary>
public sealed class ItemAssociationsTests
{
    [Theory]
    [InlineData(MissingDataPolicy.Pairwise)]
    [InlineData(MissingDataPolicy.Listwise)]
    public void Covariances_and_correlations_over_many_blocks_match_a_direct_two_pass_computation(MissingDataPolicy policy)
    {
        const int n = 150_001, k = 4;
        var random = new Random(20240611);
        var columns = new double[k][];
        var tendency = Enumerable.Range(0, n).Select(_ => random.Next(-2, 3)).ToArray();
        for (var i = 0; i < k; i++)
        {
            columns[i] = new double[n];
            for (var r = 0; r < n; r++)
            {
                columns[i][r] = random.NextDouble() < 0.1 ? double.NaN : Math.Clamp(3 + tendency[r] + random.Next(-1, 2), 1, 5);
            }
        }

        var responses = new ItemResponses(["Q1", "Q2", "Q3", "Q4"], n, columns.SelectMany(c => c).ToArray());
        var associations = ItemAssociations.Of(responses, policy);
        var complete = Enumerable.Range(0, n).Where(r => columns.All(c => !double.IsNaN(c[r]))).ToArray();

        associations.Policy.ShouldBe(policy);
        associations.RespondentsUsed.ShouldBe(policy == MissingDataPolicy.Listwise ? complete.Length : n);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var rows = policy == MissingDataPolicy.Listwise
                    ? complete
                    : Enumerable.Range(0, n).Where(r => !double.IsNaN(columns[i][r]) && !double.IsNaN(columns[j][r])).ToArray();
                var (covariance, correlation) = TwoPass(columns[i], columns[j], rows);
                associations.JointRespondents[i, j].ShouldBe(rows.Length);
                associations.Covariance[i, j]!.Value.ShouldBe(covariance, 1e-10);
                associations.Correlation[i, j]!.Value.ShouldBe(correlation, 1e-10);
            }
        }
    }

    private static (double Covariance, double Correlation) TwoPass(double[] x, double[] y, int[] rows)
    {
        var meanX = rows.Average(r => x[r]);
        var meanY = rows.Average(r => y[r]);
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var r in rows)
        {
            sxy += (x[r] - meanX) * (y[r] - meanY);
            sxx += (x[r] - meanX) * (x[r] - meanX);
            syy += (y[r] - meanY) * (y[r] - meanY);
        }

        return (sxy / (rows.Length - 1), sxy / Math.Sqrt(sxx * syy));
    }
}
