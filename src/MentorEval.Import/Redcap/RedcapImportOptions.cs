using MentorEval.Core.Pairs;

namespace MentorEval.Import.Redcap;

/// <summary>
/// What to take from a REDCap data dictionary and how to describe the resulting instrument.
/// Unset <see cref="Id"/> and <see cref="Title"/> are derived from the form name ("mentee_checkin" →
/// "mentee-checkin", "Mentee checkin").
/// </summary>
/// <param name="Form">The REDCap form (instrument) name, as in the dictionary's "Form Name" column.</param>
public sealed record RedcapImportOptions(string Form)
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string Version { get; init; } = "1.0.0";

    public IReadOnlyList<Role> Roles { get; init; } = [Role.Mentor, Role.Mentee];

    public string? Citation { get; init; }

    /// <summary>REDCap field names of reverse-keyed items; each must be a field of the form on a numeric scale.</summary>
    public IReadOnlyList<string> ReverseFields { get; init; } = [];

    /// <summary>
    /// Convert fields marked "Identifier? = y" (names, e-mail addresses, phone numbers) into items. Off by default:
    /// MentorEval stores no more of what identifies a respondent than a program chose to import.
    /// </summary>
    public bool KeepIdentifiers { get; init; }

    /// <summary>How many items each scale needs answered; unset: three quarters of its items, rounded up.</summary>
    public int? MinAnswered { get; init; }
}
