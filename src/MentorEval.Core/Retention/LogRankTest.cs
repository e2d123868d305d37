using MathNet.Numerics.LinearAlgebra;

namespace MentorEval.Core.Retention;

/// <summary>
/// Whether groups of pairs (cohorts, or any roster attribute) close early at different rates over time: the log-rank
/// test as <c>survdiff(Surv(months, closed) ~ group)</c> (rho = 0). Groups where no closure was expected are left out
/// of the statistic, as survdiff does; fewer than two groups left give no test (null <see cref="ChiSquare"/>).
/// </summary>
public sealed record LogRankTest(IReadOnlyList<LogRankGroup> Groups, double? ChiSquare, int Df, double? P)
{
    public static LogRankTest Compare(IReadOnlyCollection<MatchSpell> spells)
    {
        var names = spells.Select(s => s.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var k = names.Count;
        var atRisk = new double[k];
        foreach (var s in spells) atRisk[index[s.Group]]++;
        var observed = new int[k];
        var expected = new double[k];
        var variance = Matrix<double>.Build.Dense(k, k);
        foreach (var time in spells.GroupBy(s => s.Months).OrderBy(g => g.Key))
        {
            var deaths = new double[k];
            var leaving = new double[k];
            foreach (var s in time)
            {
                leaving[index[s.Group]]++;
                if (s.ClosedEarly) deaths[index[s.Group]]++;
            }

            var d = deaths.Sum();
            var n = atRisk.Sum();
            if (d > 0)
            {
                for (var g = 0; g < k; g++)
                {
                    observed[g] += (int)deaths[g];
                    expected[g] += d * atRisk[g] / n;
                }

                if (n > 1)
                {
                    var factor = d * (n - d) / (n - 1);
                    for (var g = 0; g < k; g++)
                    for (var h = 0; h < k; h++)
                        variance[g, h] += factor * atRisk[g] / n * ((g == h ? 1 : 0) - atRisk[h] / n);
                }
            }

            for (var g = 0; g < k; g++) atRisk[g] -= leaving[g];
        }

        var counts = spells.GroupBy(s => s.Group).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var groups = names.Select((name, g) => new LogRankGroup(name, counts[name], observed[g], expected[g])).ToList();
        var kept = Enumerable.Range(0, k).Where(g => expected[g] > 0).ToList();
        if (kept.Count < 2) return new LogRankTest(groups, null, 0, null);

        // survdiff drops the first group kept: the others' O − E and variance determine it.
        var rest = kept.Skip(1).ToList();
        var difference = Vector<double>.Build.Dense(rest.Select(g => observed[g] - expected[g]).ToArray());
        var v = Matrix<double>.Build.Dense(rest.Count, rest.Count, (i, j) => variance[rest[i], rest[j]]);
        var chi = v.Solve(difference).DotProduct(difference);
        var df = rest.Count;
        return new LogRankTest(groups, chi, df, ChiSquareTail.Upper(chi, df));
    }
}
