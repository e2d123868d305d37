namespace MentorEval.Core.Pairs;

/// <summary>Which side of a pair answered: many instruments have a mentor form and a mentee form with the same items.</summary>
public enum Role
{
    Mentor,
    Mentee,
}
