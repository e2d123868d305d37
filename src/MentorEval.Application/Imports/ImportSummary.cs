using MentorEval.Core.Diagnostics;

namespace MentorEval.Application.Imports;

/// <summary>What one import did, for the terminal and for --json.</summary>
public sealed record ImportSummary
{
    public required string File { get; init; }

    public required string Instrument { get; init; }

    public string? Format { get; init; }

    public string? Dialect { get; init; }

    public bool DryRun { get; init; }

    public bool Strict { get; init; }

    /// <summary>True when the batch was stored; false for a dry run, a strict failure or an already imported file.</summary>
    public bool Committed { get; init; }

    public int? BatchId { get; init; }

    /// <summary>Set when the same file (by SHA-256) was imported before: nothing was imported again.</summary>
    public string? AlreadyImported { get; init; }

    public int RowsRead { get; init; }

    public int Imported { get; init; }

    public int Replaced { get; init; }

    public int Skipped { get; init; }

    public int Rejected { get; init; }

    public IReadOnlyDictionary<string, int> SkippedBecause { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> ResponsesByWave { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<MappedColumn> Columns { get; init; } = [];

    public IReadOnlyList<string> UnmappedColumns { get; init; } = [];

    public IReadOnlyList<string> UnmappedItems { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The first rejections (all are in <see cref="RejectsFile"/>).</summary>
    public IReadOnlyList<Diagnostic> FirstRejects { get; init; } = [];

    public string? RejectsFile { get; init; }

    /// <summary>Responses stored with something worth checking (a date far outside the program's span, an unreadable date kept).</summary>
    public int Flagged { get; init; }

    /// <summary>The first flagged cells.</summary>
    public IReadOnlyList<Diagnostic> FirstFlagged { get; init; } = [];

    public sealed record MappedColumn(string Column, string Item, string MatchedBy);
}
