namespace MentorEval.Storage.Responses;

/// <summary>
/// The exact definition responses were imported against, kept whole: item values are stored in the order of
/// this definition's items, so a later edit of the file can never silently re-map old answers.
/// </summary>
public sealed class InstrumentVersionRecord
{
    public int Id { get; set; }

    public required string InstrumentId { get; set; }

    public required string Version { get; set; }

    /// <summary>SHA-256 of the definition text, hex.</summary>
    public required string ContentHash { get; set; }

    public required string DefinitionJson { get; set; }

    public DateTimeOffset FirstImportedAt { get; set; }
}
