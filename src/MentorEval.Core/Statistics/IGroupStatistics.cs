namespace MentorEval.Core.Statistics;

/// <summary>Statistics computed from groups of respondents, so a small-cell rule can decide whether to show them.</summary>
public interface IGroupStatistics
{
    /// <summary>Respondents (or pairs) in the smallest group the statistics rest on.</summary>
    int SmallestGroupN { get; }
}
