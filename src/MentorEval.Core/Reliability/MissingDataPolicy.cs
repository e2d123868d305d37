namespace MentorEval.Core.Reliability;

/// <summary>Which respondents enter the item covariances when some answers are missing.</summary>
public enum MissingDataPolicy
{
    /// <summary>
    /// Each covariance uses every respondent who answered both items (psych's default,
    /// R <c>cov(x, use = "pairwise")</c>). Keeps the most data; the entries may rest on different respondents.
    /// </summary>
    Pairwise = 0,

    /// <summary>Only respondents who answered every item of the scale (R <c>na.omit(x)</c>).</summary>
    Listwise = 1,
}
