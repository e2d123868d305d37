using MentorEval.Core.Diagnostics;
namespace MentorEval.Application.Imports;

/// <summary>How an import ended. Every case but <see cref="Refused"/> carries the full summary.</summary>
public abstract record ImportOutcome
{
    /// <summary>The accepted responses were stored as one batch.</summary>
    public sealed record Committed(ImportSummary Summary) : ImportOutcome;

    /// <summary>The same file was imported for this instrument before: nothing was imported again.</summary>
    public sealed record AlreadyImported(ImportSummary Summary) : ImportOutcome;

    /// <summary>Everything was read and checked, and nothing stored: a dry run, --strict with rejected rows, or no row importable.</summary>
    public sealed record RolledBack(ImportSummary Summary) : ImportOutcome;

    /// <summary>The import could not run or finish (a missing file, an unreadable export, a rejects file that cannot be written).</summary>
    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ImportOutcome, IRefused;

    internal static ImportOutcome Of(ImportSummary summary) =>
        summary.AlreadyImported is not null ? new AlreadyImported(summary)
        : summary.Committed ? new Committed(summary)
        : new RolledBack(summary);
}
