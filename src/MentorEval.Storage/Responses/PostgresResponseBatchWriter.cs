using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MentorEval.Core.Pairs;
using MentorEval.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace MentorEval.Storage.Responses;

/// <summary>
/// Writes one import batch into PostgreSQL (see <see cref="IResponseBatchWriter"/>). A few thousand responses at a time
/// go by binary COPY straight into <c>responses</c>, inside a savepoint: the unique index finds any duplicate, and a
/// COPY that meets one is undone back to the savepoint. From then on the batch's rows go by COPY into a temporary
/// table, then into <c>responses</c> with <c>INSERT … ON CONFLICT DO NOTHING</c>, which tells each duplicate apart
/// (about twice the server's work per row, so only once duplicates are known to be about). Imports of the same instrument into one database take turns (a transaction-scoped advisory
/// lock), as on SQLite: the second waits for the first's commit, then finds its duplicates; imports of other
/// instruments run alongside.
/// </summary>
public sealed class PostgresResponseBatchWriter : IResponseBatchWriter
{
    private const string Staging = "incoming_responses";

    private const string Columns = """
        "RespondentId", "PairId", "PairKey", "Role", "WaveId", "RepeatInstance", "SubmittedAt", "Partial", "SourceRow", "ItemValues", "OriginalAnswers"
        """;

    // The stored role is the enum's name, as EF's string conversion writes it.
    private static readonly Dictionary<Role, string> RoleNames = Enum.GetValues<Role>().ToDictionary(r => r, r => r.ToString());

    private readonly MentorEvalDb db;
    private readonly NpgsqlConnection connection;
    private readonly IDbContextTransaction transaction;
    private readonly ImportBatchRecord batch;
    private readonly bool replace;
    private readonly Dictionary<string, int> waves;
    private bool finished;

    // Rows go straight into responses until a duplicate turns up (never with --replace, which must find each one).
    private bool straightIn;

    private PostgresResponseBatchWriter(MentorEvalDb db, IDbContextTransaction transaction, ImportBatchRecord batch, bool replace,
        Dictionary<string, int> waves)
    {
        this.db = db;
        connection = (NpgsqlConnection)db.Database.GetDbConnection();
        this.transaction = transaction;
        this.batch = batch;
        this.replace = replace;
        this.waves = waves;
        straightIn = !replace;
    }

    public int BatchId => batch.Id;

    /// <summary>Each COPY and insert costs a few round trips: a few thousand rows make those negligible.</summary>
    public int RowsPerWrite => 4096;

    internal static async Task<PostgresResponseBatchWriter> BeginAsync(PostgresMentorEvalDb db, BatchDescription description, bool replace,
        CancellationToken cancel)
    {
        await db.Database.OpenConnectionAsync(cancel);
        var transaction = await db.Database.BeginTransactionAsync(cancel);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            // Held until commit or rollback (or until a killed import's connection drops); waits as long as the other import runs.
            await using (var turn = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection) { CommandTimeout = 0 })
            {
                turn.Parameters.AddWithValue(ImportLockKey(description.Instrument.Id));
                await turn.ExecuteNonQueryAsync(cancel);
            }

            var batch = await ResponseBatch.RecordAsync(db, description, cancel);
            var waves = await db.Waves.ToDictionaryAsync(w => w.Name, w => w.Id, cancel);
            await using (var staging = new NpgsqlCommand($"""
                CREATE TEMPORARY TABLE {Staging} (
                    "Seq" integer NOT NULL, "RespondentId" text NOT NULL, "PairId" integer, "PairKey" text NOT NULL, "Role" text,
                    "WaveId" integer NOT NULL, "RepeatInstance" integer NOT NULL, "SubmittedAt" timestamp with time zone,
                    "Partial" boolean NOT NULL, "SourceRow" integer NOT NULL, "ItemValues" bytea NOT NULL, "OriginalAnswers" text NOT NULL
                ) ON COMMIT DROP
                """, connection))
            {
                await staging.ExecuteNonQueryAsync(cancel);
            }

            return new PostgresResponseBatchWriter(db, transaction, batch, replace, waves);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await transaction.DisposeAsync();
            throw;
        }
    }

    public IReadOnlyList<WriteOutcome> Write(IReadOnlyList<ResponseToWrite> responses)
    {
        var outcomes = new WriteOutcome[responses.Count];
        if (outcomes.Length == 0) return outcomes;
        Array.Fill(outcomes, WriteOutcome.Duplicate);
        // Only the first response of each key in this write is staged: a later one is a duplicate of it whatever the
        // database holds, and one insert statement may not meet the same key twice.
        var firsts = new Dictionary<ResponseKey, int>(responses.Count);
        for (var i = 0; i < responses.Count; i++)
        {
            var (encoded, _, wave) = responses[i];
            var r = encoded.Response;
            firsts.TryAdd(new ResponseKey(r.RespondentId, r.PairId ?? "", ResponseBatch.WaveId(db, waves, wave), r.RepeatInstance), i);
        }

        if (straightIn && CopiedStraightIn(responses, firsts))
        {
            foreach (var i in firsts.Values) outcomes[i] = WriteOutcome.Inserted;
            return outcomes;
        }

        Stage(responses, firsts);
        var inserted = Run(Insert);
        foreach (var key in inserted) outcomes[firsts[key]] = WriteOutcome.Inserted;
        if (replace && inserted.Count < firsts.Count)
        {
            foreach (var key in Run(Update)) outcomes[firsts[key]] = WriteOutcome.Replaced;
        }

        Execute($"TRUNCATE {Staging}");
        return outcomes;
    }

    public async Task CommitAsync(int rowsRead, int imported, int skipped, int rejected, int replaced, CancellationToken cancel = default)
    {
        await ResponseBatch.SaveCountsAsync(db, batch, rowsRead, imported, skipped, rejected, replaced, cancel);
        await transaction.CommitAsync(cancel);
        finished = true;
    }

    public async Task RollbackAsync()
    {
        if (finished) return;
        await transaction.RollbackAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        finished = true;
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        await transaction.DisposeAsync();
    }

    /// <summary>Same for every import of the instrument, whatever the process: imports of one instrument take turns.</summary>
    private static long ImportLockKey(string instrumentId) =>
        BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes("mentoreval import " + instrumentId)));

    /// <summary>COPY into <c>responses</c> itself; false, with nothing written, when a response is already stored.</summary>
    private bool CopiedStraightIn(IReadOnlyList<ResponseToWrite> responses, Dictionary<ResponseKey, int> firsts)
    {
        Execute("SAVEPOINT straight_in");
        try
        {
            using (var copy = connection.BeginBinaryImport($"""COPY responses ("BatchId", "InstrumentId", "InstrumentVersionId", {Columns}) FROM STDIN (FORMAT BINARY)"""))
            {
                foreach (var (key, i) in firsts)
                {
                    copy.StartRow();
                    copy.Write(batch.Id, NpgsqlDbType.Integer);
                    copy.Write(batch.InstrumentVersion!.InstrumentId, NpgsqlDbType.Text);
                    copy.Write(batch.InstrumentVersionId, NpgsqlDbType.Integer);
                    WriteColumns(copy, key, responses[i]);
                }

                copy.Complete();
            }

            Execute("RELEASE SAVEPOINT straight_in");
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            Execute("ROLLBACK TO SAVEPOINT straight_in");
            straightIn = false;
            return false;
        }
    }

    private void Stage(IReadOnlyList<ResponseToWrite> responses, Dictionary<ResponseKey, int> firsts)
    {
        using var copy = connection.BeginBinaryImport($"""COPY {Staging} ("Seq", {Columns}) FROM STDIN (FORMAT BINARY)""");
        foreach (var (key, i) in firsts)
        {
            copy.StartRow();
            copy.Write(i, NpgsqlDbType.Integer);
            WriteColumns(copy, key, responses[i]);
        }

        copy.Complete();
    }

    /// <summary>One response's values in the order of <see cref="Columns"/>.</summary>
    private static void WriteColumns(NpgsqlBinaryImporter copy, ResponseKey key, ResponseToWrite response)
    {
        var (encoded, pairRowId, _) = response;
        var r = encoded.Response;
        copy.Write(key.RespondentId, NpgsqlDbType.Text);
        if (pairRowId is { } pair) copy.Write(pair, NpgsqlDbType.Integer);
        else copy.WriteNull();
        copy.Write(key.PairKey, NpgsqlDbType.Text);
        if (r.Role is { } role) copy.Write(RoleNames[role], NpgsqlDbType.Text);
        else copy.WriteNull();
        copy.Write(key.WaveId, NpgsqlDbType.Integer);
        copy.Write(key.RepeatInstance, NpgsqlDbType.Integer);
        // timestamptz keeps the instant (the offset it was given in is not stored); PostgreSQL takes it as UTC.
        if (r.SubmittedAt is { } at) copy.Write(at.UtcDateTime, NpgsqlDbType.TimestampTz);
        else copy.WriteNull();
        copy.Write(r.Partial, NpgsqlDbType.Boolean);
        copy.Write(r.SourceRow, NpgsqlDbType.Integer);
        copy.Write(encoded.Values, NpgsqlDbType.Bytea);
        copy.Write(Encoding.UTF8.GetString(encoded.AnswersJson), NpgsqlDbType.Text);
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    // In file order (ids follow it); a key already stored, by an earlier batch or earlier in this one, is left alone.
    private const string Insert = $"""
        INSERT INTO responses ("BatchId", "InstrumentId", "InstrumentVersionId", {Columns})
        SELECT $1, $2, $3, {Columns} FROM {Staging} ORDER BY "Seq"
        ON CONFLICT ("RespondentId", "PairKey", "InstrumentId", "WaveId", "RepeatInstance") DO NOTHING
        RETURNING "RespondentId", "PairKey", "WaveId", "RepeatInstance"
        """;

    // --replace: a response an earlier batch stored is overwritten; one this batch stored stays a duplicate.
    private const string Update = $"""
        UPDATE responses r SET "BatchId" = $1, "PairId" = s."PairId", "Role" = s."Role", "InstrumentVersionId" = $3,
                               "SubmittedAt" = s."SubmittedAt", "Partial" = s."Partial", "SourceRow" = s."SourceRow",
                               "ItemValues" = s."ItemValues", "OriginalAnswers" = s."OriginalAnswers"
        FROM {Staging} s
        WHERE r."RespondentId" = s."RespondentId" AND r."PairKey" = s."PairKey" AND r."InstrumentId" = $2
          AND r."WaveId" = s."WaveId" AND r."RepeatInstance" = s."RepeatInstance" AND r."BatchId" <> $1
        RETURNING r."RespondentId", r."PairKey", r."WaveId", r."RepeatInstance"
        """;

    /// <summary>Runs <see cref="Insert"/> or <see cref="Update"/> on the staged rows; returns the keys it wrote.</summary>
    private List<ResponseKey> Run(string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(batch.Id);
        command.Parameters.AddWithValue(batch.InstrumentVersion!.InstrumentId);
        command.Parameters.AddWithValue(batch.InstrumentVersionId);
        using var reader = command.ExecuteReader();
        var written = new List<ResponseKey>();
        while (reader.Read()) written.Add(new ResponseKey(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
        return written;
    }

    /// <summary>The unique key of a stored response within one instrument.</summary>
    private readonly record struct ResponseKey(string RespondentId, string PairKey, int WaveId, int RepeatInstance);
}
