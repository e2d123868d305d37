namespace MentorEval.Core.Pairs;

/// <summary>Where a mentoring relationship stands. Closing early is the failure programs most want to prevent.</summary>
public enum PairStatus
{
    Active,
    Completed,
    ClosedEarly,
}
