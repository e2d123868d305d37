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
/// Writes one import batch into PostgreSQL (see <see cref="IResponseBatchWriter"/>; the lifecycle is
/// <see cref="ResponseBatchWriter"/>'s). A few thousand responses at a time go by binary COPY straight into
/// <c>responses</c>, inside a savepoint: the unique index finds any duplicate, and a COPY that meets one is undone back to
/// the savepoint. From then on the batch's rows go by COPY into a temporary table made from <c>responses</c> itself, then
/// into <c>responses</c> with <c>INSERT … ON CONFLICT DO NOTHING</c>, which tells each duplicate apart (about twice the
/// server's work per row, so only once duplicates are known to be about). Every statement comes from
/// <see cref="ResponsesTable"/>. Imports of the same instrument into one database take turns (a transaction-scoped
/// advisory lock), as on SQLite: the second waits for the first's commit, then finds its duplicates; imports of other
/// instruments run alongside.
/// </summary>
internal sealed class PostgresResponseBatchWriter : ResponseBatchWriter
{
    private const string Staging = "incoming_responses";

    // The staging table's identity column (made by LIKE … INCLUDING IDENTITY): numbers the staged rows in file order.
    private const string StagedOrder = "Id";

    // The stored role is the enum's name, as EF's string conversion writes it.
    private static readonly Dictionary<Role, string> RoleNames = Enum.GetValues<Role>().ToDictionary(r => r, r => r.ToString());

    // The PostgreSQL types this writer's encoding sends, by the name the EF model gives the column's type.
    private static readonly Dictionary<string, NpgsqlDbType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["integer"] = NpgsqlDbType.Integer,
        ["text"] = NpgsqlDbType.Text,
        ["boolean"] = NpgsqlDbType.Boolean,
        ["bytea"] = NpgsqlDbType.Bytea,
        ["timestamp with time zone"] = NpgsqlDbType.TimestampTz,
    };

    private readonly ResponseColumn[] columns;
    private readonly NpgsqlDbType[] types;

    // Where each part of a response's key is in what the insert and update return (the instrument is the batch's).
    private readonly int respondentAt, pairKeyAt, waveAt, repeatAt;

    // Rows go straight into responses until a duplicate turns up (never with --replace, which must find each one).
    private bool straightIn;

    internal PostgresResponseBatchWriter(PostgresMentorEvalDb db, bool replace) : base(db, replace)
    {
        columns = Table.Columns.Select(c => c.Is).ToArray();
        types = Table.Columns.Select(c => Types.TryGetValue(c.StoreType, out var type)
            ? type
            : throw new InvalidOperationException($"The PostgreSQL writer has no encoding for the type {c.StoreType} of the responses column {c.Name}: add one.")).ToArray();
        var key = Table.Key.Select(c => c.Is).ToList();
        if (key.Count != 5 || !key.Contains(ResponseColumn.InstrumentId))
            throw new InvalidOperationException($"The PostgreSQL writer tells responses apart by respondent, pair key, instrument, wave and repeat; the key is now {string.Join(", ", key)}: change its ResponseKey.");
        respondentAt = KeyAt(key, ResponseColumn.RespondentId);
        pairKeyAt = KeyAt(key, ResponseColumn.PairKey);
        waveAt = KeyAt(key, ResponseColumn.WaveId);
        repeatAt = KeyAt(key, ResponseColumn.RepeatInstance);
        straightIn = !replace;
    }

    /// <summary>Each COPY and insert costs a few round trips: a few thousand rows make those negligible.</summary>
    public override int RowsPerWrite => 4096;

    private NpgsqlConnection Connection => (NpgsqlConnection)Db.Database.GetDbConnection();

    protected override async Task TakeTurnAsync(BatchDescription description, CancellationToken cancel)
    {
        // Held until commit or rollback (or until a killed import's connection drops); waits as long as the other import runs.
        await using var turn = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", Connection) { CommandTimeout = 0 };
        turn.Parameters.AddWithValue(ImportLockKey(description.Instrument.Id));
        await turn.ExecuteNonQueryAsync(cancel);
    }

    protected override async Task OnStartedAsync(CancellationToken cancel)
    {
        await using var staging = new NpgsqlCommand(Table.PostgresStaging(Staging), Connection);
        await staging.ExecuteNonQueryAsync(cancel);
    }

    protected override IReadOnlyList<WriteOutcome> WriteResponses(IReadOnlyList<ResponseToWrite> responses)
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
            firsts.TryAdd(new ResponseKey(r.RespondentId, r.PairId ?? "", WaveId(wave), r.RepeatInstance), i);
        }

        if (straightIn && CopiedStraightIn(responses, firsts))
        {
            foreach (var i in firsts.Values) outcomes[i] = WriteOutcome.Inserted;
            return outcomes;
        }

        Copy(Staging, responses, firsts);
        var inserted = Run(Table.PostgresInsertFrom(Staging, StagedOrder));
        foreach (var key in inserted) outcomes[firsts[key]] = WriteOutcome.Inserted;
        if (Replace && inserted.Count < firsts.Count)
        {
            foreach (var key in Run(Table.PostgresReplaceFrom(Staging))) outcomes[firsts[key]] = WriteOutcome.Replaced;
        }

        Execute($"TRUNCATE \"{Staging}\"");
        return outcomes;
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
            Copy(Table.Name, responses, firsts);
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

    /// <summary>The first response of each key, by binary COPY into <paramref name="table"/>, in file order.</summary>
    private void Copy(string table, IReadOnlyList<ResponseToWrite> responses, Dictionary<ResponseKey, int> firsts)
    {
        using var copy = Connection.BeginBinaryImport(Table.PostgresCopy(table));
        foreach (var (key, i) in firsts)
        {
            copy.StartRow();
            WriteColumns(copy, key, responses[i]);
        }

        copy.Complete();
    }

    /// <summary>This writer's encoding: one response's value for each of the table's columns, in their order.</summary>
    private void WriteColumns(NpgsqlBinaryImporter copy, ResponseKey key, ResponseToWrite response)
    {
        var (encoded, pairRowId, _) = response;
        var r = encoded.Response;
        for (var c = 0; c < columns.Length; c++)
        {
            var type = types[c];
            switch (columns[c])
            {
                case ResponseColumn.BatchId: copy.Write(Batch.Id, type); break;
                case ResponseColumn.InstrumentId: copy.Write(Batch.InstrumentVersion!.InstrumentId, type); break;
                case ResponseColumn.InstrumentVersionId: copy.Write(Batch.InstrumentVersionId, type); break;
                case ResponseColumn.RespondentId: copy.Write(key.RespondentId, type); break;
                case ResponseColumn.PairRowId:
                    if (pairRowId is { } pair) copy.Write(pair, type);
                    else copy.WriteNull();
                    break;
                case ResponseColumn.PairKey: copy.Write(key.PairKey, type); break;
                case ResponseColumn.Role:
                    if (r.Role is { } role) copy.Write(RoleNames[role], type);
                    else copy.WriteNull();
                    break;
                case ResponseColumn.WaveId: copy.Write(key.WaveId, type); break;
                case ResponseColumn.RepeatInstance: copy.Write(key.RepeatInstance, type); break;
                // timestamptz keeps the instant (the offset it was given in is not stored); PostgreSQL takes it as UTC.
                case ResponseColumn.SubmittedAt:
                    if (r.SubmittedAt is { } at) copy.Write(at.UtcDateTime, type);
                    else copy.WriteNull();
                    break;
                case ResponseColumn.Partial: copy.Write(r.Partial, type); break;
                case ResponseColumn.SourceRow: copy.Write(r.SourceRow, type); break;
                case ResponseColumn.ItemValues: copy.Write(encoded.Values, type); break;
                case ResponseColumn.OriginalAnswers: copy.Write(Encoding.UTF8.GetString(encoded.AnswersJson), type); break;
                default: throw new InvalidOperationException($"The PostgreSQL writer has no encoding for the responses column {columns[c]}: add one to WriteColumns.");
            }
        }
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, Connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Runs the staged rows' insert or update; returns the keys it wrote.</summary>
    private List<ResponseKey> Run(string sql)
    {
        using var command = new NpgsqlCommand(sql, Connection);
        using var reader = command.ExecuteReader();
        var written = new List<ResponseKey>();
        while (reader.Read())
            written.Add(new ResponseKey(reader.GetString(respondentAt), reader.GetString(pairKeyAt), reader.GetInt32(waveAt), reader.GetInt32(repeatAt)));
        return written;
    }

    private static int KeyAt(List<ResponseColumn> key, ResponseColumn column) =>
        key.IndexOf(column) is var at and >= 0 ? at : throw new InvalidOperationException($"The responses key has no {column}.");

    /// <summary>The unique key of a stored response within one instrument.</summary>
    private readonly record struct ResponseKey(string RespondentId, string PairKey, int WaveId, int RepeatInstance);
}
