namespace MentorEval.Core.Reliability;

/// <summary>
/// The item covariance and correlation matrices of a scale under one missing-data policy.
/// Pairwise: each entry from the respondents who answered both items, with n − 1 denominators and
/// the correlation's standard deviations taken from those same respondents (R
/// <c>cov(x, use = "pairwise")</c>, <c>cor(x, use = "pairwise")</c>). Listwise: complete respondents only.
/// </summary>
/// <param name="RespondentsUsed">Listwise: complete respondents. Pairwise: all respondents given (see <see cref="JointRespondents"/>).</param>
/// <param name="JointRespondents">How many respondents each entry rests on (whole numbers; the diagonal is the item's answers).</param>
public sealed record ItemAssociations(
    MissingDataPolicy Policy,
    int RespondentsUsed,
    ItemMatrix Covariance,
    ItemMatrix Correlation,
    ItemMatrix JointRespondents)
{
    public static ItemAssociations Of(ItemResponses responses, MissingDataPolicy policy = MissingDataPolicy.Pairwise)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return From(ItemMoments.Accumulate(responses), responses, policy);
    }

    internal static ItemAssociations From(ItemMoments moments, ItemResponses responses, MissingDataPolicy policy)
    {
        var k = moments.ItemCount;
        var covariance = new double[k * k];
        var correlation = new double[k * k];
        var joint = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var pair = moments.Pair(i, j, policy);
                joint[i * k + j] = pair.Count;
                covariance[i * k + j] = i == j ? moments.Variance(i, policy) : pair.Covariance;
                correlation[i * k + j] = pair.Correlation;
            }
        }

        var respondentsUsed = policy == MissingDataPolicy.Listwise ? moments.CompleteCount : responses.RespondentCount;
        return new ItemAssociations(
            policy,
            respondentsUsed,
            new ItemMatrix(responses.ItemIds, covariance),
            new ItemMatrix(responses.ItemIds, correlation),
            new ItemMatrix(responses.ItemIds, joint));
    }
}
