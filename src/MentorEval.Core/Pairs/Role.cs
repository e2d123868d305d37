namespace MentorEval.Core.Pairs;

/// <summary>Which side of a pair answered: many instruments have a mentor form and a mentee form with the same items.</summary>
public enum Role
{
    Mentor,
    Mentee,
}

/// <summary>The one text form of a role, as users type it and outputs show it.</summary>
public static class RoleText
{
    public static string Name(this Role role) => role == Role.Mentor ? "mentor" : "mentee";
}
