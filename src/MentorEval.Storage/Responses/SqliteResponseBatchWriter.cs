using System.Text;
using MentorEval.Core.Pairs;
using MentorEval.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace MentorEval.Storage.Responses;

/// <summary>
/// Writes one import batch into SQLite (see <see cref="IResponseBatchWriter"/>). Responses go through one prepared
/// statement reused for every row (EF's one-INSERT-per-entity path is ~10× slower; see docs/performance.md). SQLite
/// lets one writer in at a time, so a second import waits for the first one's commit (up to the busy timeout).
/// </summary>
public sealed class SqliteResponseBatchWriter : IResponseBatchWriter
{
    // SQLite's page cache for the batch's connection while it writes, in KiB: a fixed amount, whatever the file size.
    internal const int BatchCacheKiB = 64 * 1024;

    private readonly MentorEvalDb db;
    private readonly IDbContextTransaction transaction;
    private readonly ImportBatchRecord batch;
    private readonly bool replace;
    private readonly Statement insert;
    private readonly Statement update;
    private readonly Dictionary<string, int> waves;
    private readonly ConnectionSettings settingsBefore;
    private bool finished;

    private SqliteResponseBatchWriter(MentorEvalDb db, IDbContextTransaction transaction, ImportBatchRecord batch, bool replace,
        Dictionary<string, int> waves, ConnectionSettings settingsBefore)
    {
        this.waves = waves;
        this.settingsBefore = settingsBefore;
        this.db = db;
        this.transaction = transaction;
        this.batch = batch;
        this.replace = replace;
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        insert = new Statement(batch, connection, """
            INSERT INTO responses (BatchId, RespondentId, PairId, PairKey, Role, WaveId, InstrumentId, InstrumentVersionId,
                                   RepeatInstance, SubmittedAt, Partial, SourceRow, ItemValues, OriginalAnswers)
            VALUES ($batch, $respondent, $pair, $pairKey, $role, $wave, $instrument, $version,
                    $repeat, $submitted, $partial, $row, $values, $answers)
            ON CONFLICT (RespondentId, PairKey, InstrumentId, WaveId, RepeatInstance) DO NOTHING
            """);
        update = new Statement(batch, connection, """
            UPDATE responses SET BatchId = $batch, PairId = $pair, Role = $role, InstrumentVersionId = $version,
                                 SubmittedAt = $submitted, Partial = $partial, SourceRow = $row,
                                 ItemValues = $values, OriginalAnswers = $answers
            WHERE RespondentId = $respondent AND PairKey = $pairKey AND InstrumentId = $instrument AND WaveId = $wave
              AND RepeatInstance = $repeat AND BatchId <> $batch
            """);
    }

    public int BatchId => batch.Id;

    /// <summary>Row by row: any number at once is as fast.</summary>
    public int RowsPerWrite => 1;

    /// <summary>Starts a batch: finds or adds the exact instrument version, and records the batch.</summary>
    internal static async Task<SqliteResponseBatchWriter> BeginAsync(MentorEvalDb db, BatchDescription description, bool replace,
        CancellationToken cancel = default)
    {
        await db.Database.OpenConnectionAsync(cancel);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var settingsBefore = new ConnectionSettings(
            (long)(await Pragma(connection, "PRAGMA cache_size;", cancel))!, (long)(await Pragma(connection, "PRAGMA foreign_keys;", cancel))!);
        // WAL with synchronous=NORMAL is still crash-safe for committed transactions and much faster to write.
        // Each row goes into the unique index at a scattered place: with SQLite's default 2 MB cache those pages are
        // pushed out to the WAL and read back over and over. A bigger cache, for this batch only, keeps them in memory.
        // Foreign keys are not checked while the batch writes (four parent lookups a row; see docs/performance.md):
        // every id it binds was read from this database, the batch, version and waves inside this transaction and the
        // pair from the roster, whose pairs are never deleted. Both settings can only change outside a transaction.
        await Pragma(connection, $"PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{BatchCacheKiB}; PRAGMA foreign_keys = OFF;", cancel);

        IDbContextTransaction transaction;
        try
        {
            // BEGIN IMMEDIATE: waits (up to the connection's busy timeout) while another import writes.
            transaction = await db.Database.BeginTransactionAsync(cancel);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_BUSY)
        {
            await Restore(connection, settingsBefore);
            throw new StoreException("Another import is writing to this database file and did not finish within 30 seconds. " +
                                     "Run this import again once it has finished (a PostgreSQL database lets imports wait for each other).");
        }

        try
        {
            var batch = await ResponseBatch.RecordAsync(db, description, cancel);
            var waves = await db.Waves.ToDictionaryAsync(w => w.Name, w => w.Id, cancel);
            return new SqliteResponseBatchWriter(db, transaction, batch, replace, waves, settingsBefore);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await transaction.DisposeAsync();
            await Restore(connection, settingsBefore);
            throw;
        }
    }

    public IReadOnlyList<WriteOutcome> Write(IReadOnlyList<ResponseToWrite> responses)
    {
        var outcomes = new WriteOutcome[responses.Count];
        for (var i = 0; i < outcomes.Length; i++) outcomes[i] = Write(responses[i].Response, responses[i].PairRowId, responses[i].Wave);
        return outcomes;
    }

    private WriteOutcome Write(EncodedResponse response, int? pairRowId, string wave)
    {
        var waveId = ResponseBatch.WaveId(db, waves, wave);
        if (insert.Execute(response, pairRowId, waveId) == 1) return WriteOutcome.Inserted;
        if (!replace) return WriteOutcome.Duplicate;
        return update.Execute(response, pairRowId, waveId) == 1 ? WriteOutcome.Replaced : WriteOutcome.Duplicate;
    }

    /// <summary>Records the batch's final counts and makes the whole batch visible at once.</summary>
    public async Task CommitAsync(int rowsRead, int imported, int skipped, int rejected, int replaced, CancellationToken cancel = default)
    {
        await ResponseBatch.SaveCountsAsync(db, batch, rowsRead, imported, skipped, rejected, replaced, cancel);
        await transaction.CommitAsync(cancel);
        await FinishAsync();
    }

    public async Task RollbackAsync()
    {
        if (finished) return;
        await transaction.RollbackAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        await FinishAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        insert.Dispose();
        update.Dispose();
        await transaction.DisposeAsync();
    }

    private async Task FinishAsync()
    {
        finished = true;
        await Restore((SqliteConnection)db.Database.GetDbConnection(), settingsBefore);
    }

    /// <summary>Gives the connection its own cache size (SQLite frees the pages above it) and foreign key checks back.</summary>
    private static Task Restore(SqliteConnection connection, ConnectionSettings settings) =>
        Pragma(connection, $"PRAGMA cache_size = {settings.CacheSize}; PRAGMA foreign_keys = {settings.ForeignKeys};", CancellationToken.None);

    private static async Task<object?> Pragma(SqliteConnection connection, string sql, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancel);
    }

    private sealed record ConnectionSettings(long CacheSize, long ForeignKeys);

    /// <summary>
    /// A statement prepared once and bound by position through SQLitePCL, the layer under Microsoft.Data.Sqlite, which
    /// on every execution creates a reader, looks every parameter up by name and converts every string through a new
    /// array. The values come encoded (<see cref="ResponseEncoder"/>) as that layer would have stored them; booleans are
    /// 0/1 as it stores them. It runs on the batch's connection, inside its transaction.
    /// </summary>
    private sealed class Statement : IDisposable
    {
        // The stored role is the enum's name, as EF's string conversion writes it; made once, not per row.
        private static readonly Dictionary<Role, byte[]> RoleNames =
            Enum.GetValues<Role>().ToDictionary(r => r, r => Encoding.UTF8.GetBytes(r.ToString()));

        private readonly sqlite3 connection;
        private readonly sqlite3_stmt statement;
        private readonly int respondent, pair, pairKey, role, wave, repeat, submitted, partial, row, values, answers;

        // Wave, repeat instance and partial are the same for nearly every row of a file: bound again only when they
        // change (a reset keeps bindings), three calls into SQLite a row fewer.
        private (int Wave, int Repeat, bool Partial)? bound;

        public Statement(ImportBatchRecord batch, SqliteConnection connection, string sql)
        {
            this.connection = connection.Handle!;
            Check(raw.sqlite3_prepare_v2(this.connection, sql, out statement));
            // The batch, instrument and version are the same for every row: bound once (a reset keeps bindings).
            Check(raw.sqlite3_bind_int64(statement, Index("$batch"), batch.Id));
            Check(raw.sqlite3_bind_text(statement, Index("$instrument"), Encoding.UTF8.GetBytes(batch.InstrumentVersion!.InstrumentId)));
            Check(raw.sqlite3_bind_int64(statement, Index("$version"), batch.InstrumentVersionId));
            respondent = Index("$respondent");
            pair = Index("$pair");
            pairKey = Index("$pairKey");
            role = Index("$role");
            wave = Index("$wave");
            repeat = Index("$repeat");
            submitted = Index("$submitted");
            partial = Index("$partial");
            row = Index("$row");
            values = Index("$values");
            answers = Index("$answers");
        }

        /// <summary>Runs the statement for one response; returns the number of rows it changed (0 or 1).</summary>
        public int Execute(EncodedResponse e, int? pairRowId, int waveId)
        {
            var r = e.Response;
            Check(raw.sqlite3_bind_text(statement, respondent, e.RespondentId));
            Check(pairRowId is { } id ? raw.sqlite3_bind_int64(statement, pair, id) : raw.sqlite3_bind_null(statement, pair));
            Check(raw.sqlite3_bind_text(statement, pairKey, e.PairKey));
            Check(r.Role is { } given ? raw.sqlite3_bind_text(statement, role, RoleNames[given]) : raw.sqlite3_bind_null(statement, role));
            if (bound != (waveId, r.RepeatInstance, r.Partial))
            {
                Check(raw.sqlite3_bind_int64(statement, wave, waveId));
                Check(raw.sqlite3_bind_int64(statement, repeat, r.RepeatInstance));
                Check(raw.sqlite3_bind_int64(statement, partial, r.Partial ? 1 : 0));
                bound = (waveId, r.RepeatInstance, r.Partial);
            }

            Check(e.SubmittedAt is { } at ? raw.sqlite3_bind_text(statement, submitted, at) : raw.sqlite3_bind_null(statement, submitted));
            Check(raw.sqlite3_bind_int64(statement, row, r.SourceRow));
            Check(raw.sqlite3_bind_blob(statement, values, e.Values));
            Check(raw.sqlite3_bind_text(statement, answers, e.AnswersJson));

            var result = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (result != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(result, connection);
            return raw.sqlite3_changes(connection);
        }

        public void Dispose() => statement.Dispose();

        private int Index(string name) =>
            raw.sqlite3_bind_parameter_index(statement, name) is var index and > 0
                ? index
                : throw new InvalidOperationException($"The statement has no parameter {name}.");

        private void Check(int result)
        {
            if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, connection);
        }
    }
}
