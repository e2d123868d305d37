using System.Text;
using MentorEval.Core.Pairs;
using MentorEval.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace MentorEval.Storage.Responses;

/// <summary>
/// Writes one import batch into SQLite (see <see cref="IResponseBatchWriter"/>; the lifecycle is
/// <see cref="ResponseBatchWriter"/>'s). Responses go through one prepared statement, made from
/// <see cref="ResponsesTable"/>, reused for every row (EF's one-INSERT-per-entity path is ~10× slower; see
/// docs/performance.md). SQLite lets one writer in at a time, so a second import waits for the first one's commit (up to
/// the busy timeout).
/// </summary>
internal sealed class SqliteResponseBatchWriter(MentorEvalDb db, bool replace) : ResponseBatchWriter(db, replace)
{
    // SQLite's page cache for the batch's connection while it writes, in KiB: a fixed amount, whatever the file size.
    internal const int BatchCacheKiB = 64 * 1024;

    private ConnectionSettings? settingsBefore;
    private Statement? insert;
    private Statement? update;

    /// <summary>Row by row: any number at once is as fast.</summary>
    public override int RowsPerWrite => 1;

    private SqliteConnection Connection => (SqliteConnection)Db.Database.GetDbConnection();

    protected override async Task PrepareConnectionAsync(CancellationToken cancel)
    {
        settingsBefore = new ConnectionSettings(
            (long)(await Pragma(Connection, "PRAGMA cache_size;", cancel))!, (long)(await Pragma(Connection, "PRAGMA foreign_keys;", cancel))!);
        // WAL with synchronous=NORMAL is still crash-safe for committed transactions and much faster to write.
        // Each row goes into the unique index at a scattered place: with SQLite's default 2 MB cache those pages are
        // pushed out to the WAL and read back over and over. A bigger cache, for this batch only, keeps them in memory.
        // Foreign keys are not checked while the batch writes (four parent lookups a row; see docs/performance.md):
        // every id it binds was read from this database, the batch, version and waves inside this transaction and the
        // pair from the roster, whose pairs are never deleted. Both settings can only change outside a transaction.
        await Pragma(Connection, $"PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{BatchCacheKiB}; PRAGMA foreign_keys = OFF;", cancel);
    }

    protected override async Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancel)
    {
        try
        {
            // BEGIN IMMEDIATE: waits (up to the connection's busy timeout) while another import writes.
            return await base.BeginTransactionAsync(cancel);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_BUSY)
        {
            throw new StoreException("Another import is writing to this database file and did not finish within 30 seconds. " +
                                     "Run this import again once it has finished (a PostgreSQL database lets imports wait for each other).");
        }
    }

    protected override Task OnStartedAsync(CancellationToken cancel)
    {
        insert = new Statement(Table, Batch, Connection, Table.SqliteInsert());
        update = new Statement(Table, Batch, Connection, Table.SqliteReplace());
        return Task.CompletedTask;
    }

    protected override IReadOnlyList<WriteOutcome> WriteResponses(IReadOnlyList<ResponseToWrite> responses)
    {
        var outcomes = new WriteOutcome[responses.Count];
        for (var i = 0; i < outcomes.Length; i++) outcomes[i] = Write(responses[i].Response, responses[i].PairRowId, responses[i].Wave);
        return outcomes;
    }

    private WriteOutcome Write(EncodedResponse response, int? pairRowId, string wave)
    {
        var waveId = WaveId(wave);
        if (insert!.Execute(response, pairRowId, waveId) == 1) return WriteOutcome.Inserted;
        if (!Replace) return WriteOutcome.Duplicate;
        return update!.Execute(response, pairRowId, waveId) == 1 ? WriteOutcome.Replaced : WriteOutcome.Duplicate;
    }

    protected override Task RestoreConnectionAsync() =>
        settingsBefore is { } settings ? Restore(Connection, settings) : Task.CompletedTask;

    protected override void DisposeStatements()
    {
        insert?.Dispose();
        update?.Dispose();
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

        /// <summary>Prepares <paramref name="sql"/>, whose parameters are the table's columns (see <see cref="ResponsesTable.Column.Parameter"/>).</summary>
        public Statement(ResponsesTable table, ImportBatchRecord batch, SqliteConnection connection, string sql)
        {
            this.connection = connection.Handle!;
            Check(raw.sqlite3_prepare_v2(this.connection, sql, out statement));
            // This writer's encoding of each column: the batch, instrument and version are the same for every row, bound
            // once here (a reset keeps bindings); the others are bound for each row by Execute.
            foreach (var column in table.Columns)
            {
                var index = Index(column.Parameter);
                switch (column.Is)
                {
                    case ResponseColumn.BatchId: Check(raw.sqlite3_bind_int64(statement, Integer(column, index), batch.Id)); break;
                    case ResponseColumn.InstrumentId: Check(raw.sqlite3_bind_text(statement, Text(column, index), Encoding.UTF8.GetBytes(batch.InstrumentVersion!.InstrumentId))); break;
                    case ResponseColumn.InstrumentVersionId: Check(raw.sqlite3_bind_int64(statement, Integer(column, index), batch.InstrumentVersionId)); break;
                    case ResponseColumn.RespondentId: respondent = Text(column, index); break;
                    case ResponseColumn.PairRowId: pair = Integer(column, index); break;
                    case ResponseColumn.PairKey: pairKey = Text(column, index); break;
                    case ResponseColumn.Role: role = Text(column, index); break;
                    case ResponseColumn.WaveId: wave = Integer(column, index); break;
                    case ResponseColumn.RepeatInstance: repeat = Integer(column, index); break;
                    case ResponseColumn.SubmittedAt: submitted = Text(column, index); break;
                    case ResponseColumn.Partial: partial = Integer(column, index); break;
                    case ResponseColumn.SourceRow: row = Integer(column, index); break;
                    case ResponseColumn.ItemValues: values = Typed(column, index, "BLOB"); break;
                    case ResponseColumn.OriginalAnswers: answers = Text(column, index); break;
                    default: throw new InvalidOperationException($"The SQLite writer has no encoding for the responses column {column.Name}: add one to its Statement.");
                }
            }
        }

        private static int Integer(ResponsesTable.Column column, int index) => Typed(column, index, "INTEGER");

        private static int Text(ResponsesTable.Column column, int index) => Typed(column, index, "TEXT");

        /// <summary>The parameter's index, once the column is known to have the type this encoding binds.</summary>
        private static int Typed(ResponsesTable.Column column, int index, string type) =>
            string.Equals(column.StoreType, type, StringComparison.OrdinalIgnoreCase)
                ? index
                : throw new InvalidOperationException($"The SQLite writer binds the responses column {column.Name} as {type}, but its type is {column.StoreType}: change its encoding.");

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
