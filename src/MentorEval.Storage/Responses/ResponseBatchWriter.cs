using MentorEval.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MentorEval.Storage.Responses;

/// <summary>
/// What every store's writer does alike (see <see cref="IResponseBatchWriter"/>): the connection, one transaction, the
/// batch's row, its counts, the commit, and the rollback on any failure or cancellation, however far the batch got. A
/// store's writer adds only its own steps (its connection settings, taking turns, preparing its statements) and its
/// encoding of the responses into <see cref="ResponsesTable"/>'s columns.
/// </summary>
internal abstract class ResponseBatchWriter : IResponseBatchWriter
{
    private enum Stage
    {
        Starting,
        Writing,
        Committed,
        RolledBack,
    }

    private Stage stage = Stage.Starting;
    private IDbContextTransaction? transaction;
    private ImportBatchRecord? batch;
    private Dictionary<string, int> waves = [];
    private bool connectionPrepared;

    protected ResponseBatchWriter(MentorEvalDb db, bool replace)
    {
        Db = db;
        Replace = replace;
        Table = ResponsesTable.Of(db.Model);
    }

    protected MentorEvalDb Db { get; }

    /// <summary>--replace: a response an earlier batch stored under the same key is overwritten.</summary>
    protected bool Replace { get; }

    protected ResponsesTable Table { get; }

    protected ImportBatchRecord Batch => batch ?? throw new InvalidOperationException("The batch has not started.");

    public int BatchId => Batch.Id;

    private string Finished => stage == Stage.Committed ? "committed" : "rolled back";

    public abstract int RowsPerWrite { get; }

    /// <summary>Starts <paramref name="writer"/>'s batch; anything that fails on the way is undone before the error goes on.</summary>
    internal static async Task<IResponseBatchWriter> BeginAsync(ResponseBatchWriter writer, BatchDescription description, CancellationToken cancel)
    {
        try
        {
            await writer.StartAsync(description, cancel);
            return writer;
        }
        catch
        {
            await writer.DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync(BatchDescription description, CancellationToken cancel)
    {
        await Db.Database.OpenConnectionAsync(cancel);
        connectionPrepared = true;
        await PrepareConnectionAsync(cancel);
        transaction = await BeginTransactionAsync(cancel);
        stage = Stage.Writing;
        await TakeTurnAsync(description, cancel);
        batch = await ResponseBatch.RecordAsync(Db, description, cancel);
        waves = await Db.Waves.ToDictionaryAsync(w => w.Name, w => w.Id, cancel);
        await OnStartedAsync(cancel);
    }

    public IReadOnlyList<WriteOutcome> Write(IReadOnlyList<ResponseToWrite> responses)
    {
        // After the commit a write would land outside any batch's transaction; after a rollback, nowhere it should.
        if (stage != Stage.Writing)
            throw new InvalidOperationException($"Batch {batch?.Id} was already {Finished}: nothing more can be written to it.");
        return WriteResponses(responses);
    }

    /// <summary>Records the batch's final counts and makes the whole batch visible at once.</summary>
    public async Task CommitAsync(int rowsRead, int imported, int skipped, int rejected, int replaced, CancellationToken cancel = default)
    {
        if (stage != Stage.Writing) throw new InvalidOperationException($"Batch {batch?.Id} was already {Finished}.");
        await ResponseBatch.SaveCountsAsync(Db, Batch, rowsRead, imported, skipped, rejected, replaced, cancel);
        await transaction!.CommitAsync(cancel);
        stage = Stage.Committed;
        await RestoreConnectionOnceAsync();
    }

    public async Task RollbackAsync()
    {
        if (stage == Stage.Writing)
        {
            await transaction!.RollbackAsync(CancellationToken.None);
            Db.ChangeTracker.Clear();
            stage = Stage.RolledBack;
        }

        await RestoreConnectionOnceAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        DisposeStatements();
        if (transaction is not null) await transaction.DisposeAsync();
    }

    /// <summary>Writes responses in file order inside the batch's transaction; returns the outcome of each, in the same order.</summary>
    protected abstract IReadOnlyList<WriteOutcome> WriteResponses(IReadOnlyList<ResponseToWrite> responses);

    /// <summary>Before the transaction: settings the store's connection takes for the batch (given back by <see cref="RestoreConnectionAsync"/>).</summary>
    protected virtual Task PrepareConnectionAsync(CancellationToken cancel) => Task.CompletedTask;

    protected virtual async Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancel) =>
        await Db.Database.BeginTransactionAsync(cancel);

    /// <summary>Inside the transaction, before anything is written: waits while another import may not run alongside.</summary>
    protected virtual Task TakeTurnAsync(BatchDescription description, CancellationToken cancel) => Task.CompletedTask;

    /// <summary>Once the batch's row is recorded: prepares what the writes need.</summary>
    protected abstract Task OnStartedAsync(CancellationToken cancel);

    /// <summary>After the commit or rollback, or a failed start: gives the connection back as it was.</summary>
    protected virtual Task RestoreConnectionAsync() => Task.CompletedTask;

    protected virtual void DisposeStatements()
    {
    }

    /// <summary>The stored id of a wave, added if new (see <see cref="ResponseBatch.WaveId"/>).</summary>
    protected int WaveId(string wave) => ResponseBatch.WaveId(Db, waves, wave);

    private async Task RestoreConnectionOnceAsync()
    {
        if (!connectionPrepared) return;
        connectionPrepared = false;
        await RestoreConnectionAsync();
    }
}
