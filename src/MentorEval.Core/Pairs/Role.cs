namespace MentorEval.Core.Pairs;

/// <summary>Which side of a pair answered: many instruments have a mentor form and a mentee form with the same items.</summary>
public enum Role
{
    Mentor,
    Mentee,
}

/// <summary>The one text form of a role, as users type it and outputs show it: "mentor" or "mentee".</summary>
public static class RoleText
{
    public static string Name(this Role role) => role == Role.Mentor ? "mentor" : "mentee";

    /// <summary>The other side of the pair.</summary>
    public static Role Other(this Role role) => role == Role.Mentor ? Role.Mentee : Role.Mentor;

    /// <summary>The role a text names, trimmed and ignoring case ("Mentor", " mentee "); null for anything else.</summary>
    /// <remarks>Runs once per row of large exports: compared in place, without a new string ("mentor" and "mentee" are
    /// ASCII, so ignoring case ordinally is what lower-casing would do).</remarks>
    public static Role? Parse(string? text) =>
        text?.Trim() is not { } trimmed ? null
        : trimmed.Equals("mentor", StringComparison.OrdinalIgnoreCase) ? Role.Mentor
        : trimmed.Equals("mentee", StringComparison.OrdinalIgnoreCase) ? Role.Mentee
        : null;
}
