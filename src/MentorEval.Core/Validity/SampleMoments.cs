using MentorEval.Core.Reliability;

namespace MentorEval.Core.Validity;

/// <summary>
/// What maximum likelihood sees of one group: its complete respondents' count, item means and covariance
/// matrix with the N denominator (lavaan's sample statistics under <c>likelihood = "normal"</c>).
/// </summary>
internal sealed record GroupMoments(string Name, int Count, double[] Means, double[] Covariance)
{
    public int ItemCount => Means.Length;

    /// <summary>Respondents who answered every item of the model (listwise), by group.</summary>
    public static IReadOnlyList<GroupMoments> Listwise(ItemResponses responses, IReadOnlyList<string>? groups, IReadOnlyList<string> groupOrder)
    {
        var p = responses.ItemCount;
        var n = responses.RespondentCount;
        var index = groupOrder.Select((name, g) => (name, g)).ToDictionary(x => x.name, x => x.g, StringComparer.Ordinal);
        var counts = new int[groupOrder.Count];
        var sums = new double[groupOrder.Count][];
        for (var g = 0; g < sums.Length; g++) sums[g] = new double[p];
        var member = new int[n];
        for (var r = 0; r < n; r++)
        {
            member[r] = -1;
            if (groups is not null && !index.TryGetValue(groups[r], out member[r])) { member[r] = -1; continue; }
            if (groups is null) member[r] = 0;
            for (var i = 0; i < p; i++)
            {
                if (double.IsNaN(responses[r, i])) { member[r] = -1; break; }
            }
        }

        for (var i = 0; i < p; i++)
        {
            var answers = responses.Answers(i);
            for (var r = 0; r < n; r++)
                if (member[r] >= 0) sums[member[r]][i] += answers[r];
        }

        foreach (var g in member) if (g >= 0) counts[g]++;
        var result = new List<GroupMoments>(groupOrder.Count);
        for (var g = 0; g < groupOrder.Count; g++)
        {
            var means = sums[g].Select(s => counts[g] == 0 ? double.NaN : s / counts[g]).ToArray();
            var covariance = new double[p * p];
            // Centred products, item pair by item pair over contiguous answers.
            for (var i = 0; i < p; i++)
            {
                var a = responses.Answers(i);
                for (var j = 0; j <= i; j++)
                {
                    var b = responses.Answers(j);
                    var s = 0.0;
                    for (var r = 0; r < n; r++)
                        if (member[r] == g) s += (a[r] - means[i]) * (b[r] - means[j]);
                    covariance[i * p + j] = covariance[j * p + i] = counts[g] == 0 ? double.NaN : s / counts[g];
                }
            }

            result.Add(new GroupMoments(groupOrder[g], counts[g], means, covariance));
        }

        return result;
    }
}
