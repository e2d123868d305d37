namespace MentorEval.Storage.Roster;

/// <summary>A setting the program chose once and every later command follows (e.g. whether participant ids ignore case).</summary>
public sealed class SettingRecord
{
    public required string Name { get; set; }

    public required string Value { get; set; }
}
