namespace MentorEval.Storage.Roster;

public sealed record FieldChange(string Field, string? Before, string? After);
