namespace MentorEval.Storage.Responses;

/// <summary>One import of one file: what came in, how it was read, and what became of its rows.</summary>
public sealed class ImportBatchRecord
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file's bytes, hex: the same file imported twice is recognised by it.</summary>
    public required string FileSha256 { get; set; }

    public required string Format { get; set; }

    public int InstrumentVersionId { get; set; }

    public InstrumentVersionRecord? InstrumentVersion { get; set; }

    /// <summary>The options the import ran with (JSON), including the column → item map it used.</summary>
    public required string OptionsJson { get; set; }

    public int RowsRead { get; set; }

    public int Imported { get; set; }

    public int Skipped { get; set; }

    public int Rejected { get; set; }

    public int Replaced { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
