namespace MentorEval.Storage.Responses;

/// <summary>
/// One import batch being written, inside one transaction: nothing is visible until <see cref="CommitAsync"/>, and a
/// failure, a rollback or a killed process leaves the database exactly as it was. Duplicates are found by the unique
/// index, not by a pre-check, so two imports at once cannot both store one. Each provider writes its own fastest way
/// (SQLite: one prepared statement per row; PostgreSQL: binary COPY); <see cref="ResponseBatch.BeginAsync"/> picks it.
/// </summary>
public interface IResponseBatchWriter : IAsyncDisposable
{
    int BatchId { get; }

    /// <summary>How many responses this store writes best at once (more per <see cref="Write"/> is fine, fewer is slower).</summary>
    int RowsPerWrite { get; }

    /// <summary>Writes responses in file order; returns the outcome of each, in the same order.</summary>
    IReadOnlyList<WriteOutcome> Write(IReadOnlyList<ResponseToWrite> responses);

    /// <summary>Records the batch's final counts and makes the whole batch visible at once.</summary>
    Task CommitAsync(int rowsRead, int imported, int skipped, int rejected, int replaced, CancellationToken cancel = default);

    Task RollbackAsync();
}
