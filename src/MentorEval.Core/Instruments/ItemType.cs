namespace MentorEval.Core.Instruments;

public enum ItemType
{
    /// <summary>Answered on a response scale; the only kind of item a scale can score.</summary>
    Rating,

    /// <summary>A non-negative whole number, such as meetings since the last check-in. Never part of a scale.</summary>
    Count,

    /// <summary>Free text. Kept as answered, never scored.</summary>
    Text,
}
