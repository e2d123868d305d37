namespace MentorEval.Storage.Roster;

/// <summary>What a roster import says beyond its rows.</summary>
public sealed record RosterUpdateOptions
{
    /// <summary>The day member changes in the file took effect (`--changed-on`); null for the day of the import.</summary>
    public DateOnly? ChangedOn { get; init; }

    /// <summary>Whether participant and pair ids ignore case from now on (`--ids-ignore-case`); null keeps the stored setting.</summary>
    public bool? IdsIgnoreCase { get; init; }
}
