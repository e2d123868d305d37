using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MentorEval.Core.Responses;
using MentorEval.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MentorEval.Storage.Responses;

/// <summary>
/// Writes one import batch inside one transaction: nothing is visible until <see cref="CommitAsync"/>, and a
/// failure, a rollback or a killed process leaves the database exactly as it was. Responses go through one
/// prepared command reused for every row (EF's one-INSERT-per-entity path is ~10× slower; see docs/performance.md).
/// Duplicates are found by the unique index, not by a pre-check, so two concurrent imports cannot both land one.
/// </summary>
public sealed class ResponseBatchWriter : IAsyncDisposable
{
    private readonly MentorEvalDb db;
    private readonly IDbContextTransaction transaction;
    private readonly ImportBatchRecord batch;
    private readonly bool replace;
    private readonly SqliteCommand insert;
    private readonly SqliteCommand update;
    private readonly ArrayBufferWriter<byte> answersBuffer = new(1024);
    private readonly Dictionary<string, int> waves;
    private bool finished;

    private ResponseBatchWriter(MentorEvalDb db, IDbContextTransaction transaction, ImportBatchRecord batch, bool replace,
        Dictionary<string, int> waves)
    {
        this.waves = waves;
        this.db = db;
        this.transaction = transaction;
        this.batch = batch;
        this.replace = replace;
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var sqliteTransaction = (SqliteTransaction)transaction.GetDbTransaction();
        insert = Prepare(connection, sqliteTransaction, """
            INSERT INTO responses (BatchId, RespondentId, PairId, PairKey, Role, WaveId, InstrumentId, InstrumentVersionId,
                                   RepeatInstance, SubmittedAt, Partial, SourceRow, ItemValues, OriginalAnswers)
            VALUES ($batch, $respondent, $pair, $pairKey, $role, $wave, $instrument, $version,
                    $repeat, $submitted, $partial, $row, $values, $answers)
            ON CONFLICT (RespondentId, PairKey, InstrumentId, WaveId, RepeatInstance) DO NOTHING
            """);
        update = Prepare(connection, sqliteTransaction, """
            UPDATE responses SET BatchId = $batch, PairId = $pair, Role = $role, InstrumentVersionId = $version,
                                 SubmittedAt = $submitted, Partial = $partial, SourceRow = $row,
                                 ItemValues = $values, OriginalAnswers = $answers
            WHERE RespondentId = $respondent AND PairKey = $pairKey AND InstrumentId = $instrument AND WaveId = $wave
              AND RepeatInstance = $repeat AND BatchId <> $batch
            """);
    }

    public int BatchId => batch.Id;

    /// <summary>Starts a batch: finds or adds the exact instrument version, and records the batch.</summary>
    public static async Task<ResponseBatchWriter> BeginAsync(MentorEvalDb db, BatchDescription description, bool replace,
        CancellationToken cancel = default)
    {
        await db.Database.OpenConnectionAsync(cancel);
        await using (var pragma = db.Database.GetDbConnection().CreateCommand())
        {
            // WAL with synchronous=NORMAL is still crash-safe for committed transactions and much faster to write.
            pragma.CommandText = "PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancel);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancel);
        try
        {
            var hash = Sha256(description.DefinitionJson);
            var version = await db.InstrumentVersions.SingleOrDefaultAsync(
                              v => v.InstrumentId == description.Instrument.Id && v.ContentHash == hash, cancel)
                          ?? db.InstrumentVersions.Add(new InstrumentVersionRecord
                          {
                              InstrumentId = description.Instrument.Id,
                              Version = description.Instrument.Version,
                              ContentHash = hash,
                              DefinitionJson = description.DefinitionJson,
                              FirstImportedAt = description.ImportedAt,
                          }).Entity;
            var batch = db.ImportBatches.Add(new ImportBatchRecord
            {
                FileName = description.FileName,
                FileSha256 = description.FileSha256,
                Format = description.Format,
                InstrumentVersion = version,
                OptionsJson = description.OptionsJson,
                ImportedAt = description.ImportedAt,
            }).Entity;
            await db.SaveChangesAsync(cancel);
            var waves = await db.Waves.ToDictionaryAsync(w => w.Name, w => w.Id, cancel);
            return new ResponseBatchWriter(db, transaction, batch, replace, waves);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <param name="response">The answers.</param>
    /// <param name="pairId">The stored pair's id, or null when there is no roster to link to.</param>
    /// <param name="wave">The wave the response belongs to; a wave seen for the first time is added.</param>
    public WriteOutcome Write(SurveyResponse response, int? pairId, string wave)
    {
        var waveId = WaveId(wave);
        Bind(insert, response, pairId, waveId);
        if (insert.ExecuteNonQuery() == 1) return WriteOutcome.Inserted;
        if (!replace) return WriteOutcome.Duplicate;
        Bind(update, response, pairId, waveId);
        return update.ExecuteNonQuery() == 1 ? WriteOutcome.Replaced : WriteOutcome.Duplicate;
    }

    /// <summary>Records the batch's final counts and makes the whole batch visible at once.</summary>
    public async Task CommitAsync(int rowsRead, int imported, int skipped, int rejected, int replaced, CancellationToken cancel = default)
    {
        batch.RowsRead = rowsRead;
        batch.Imported = imported;
        batch.Skipped = skipped;
        batch.Rejected = rejected;
        batch.Replaced = replaced;
        await db.SaveChangesAsync(cancel);
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
        insert.Dispose();
        update.Dispose();
        await transaction.DisposeAsync();
    }

    private int WaveId(string name)
    {
        if (waves.TryGetValue(name, out var id)) return id;
        var wave = db.Waves.Add(new WaveRecord { Name = name }).Entity;
        db.SaveChanges();
        return waves[name] = wave.Id;
    }

    private void Bind(SqliteCommand command, SurveyResponse r, int? pairId, int waveId)
    {
        var p = command.Parameters;
        p["$batch"].Value = batch.Id;
        p["$respondent"].Value = r.RespondentId;
        p["$pair"].Value = (object?)pairId ?? DBNull.Value;
        p["$pairKey"].Value = r.PairId ?? "";
        p["$role"].Value = (object?)r.Role?.ToString() ?? DBNull.Value;
        p["$wave"].Value = waveId;
        p["$instrument"].Value = batch.InstrumentVersion!.InstrumentId;
        p["$version"].Value = batch.InstrumentVersionId;
        p["$repeat"].Value = r.RepeatInstance;
        p["$submitted"].Value = (object?)r.SubmittedAt ?? DBNull.Value;
        p["$partial"].Value = r.Partial;
        p["$row"].Value = r.SourceRow;
        p["$values"].Value = ItemValueCodec.Pack(r.Values);
        p["$answers"].Value = AnswersJson(r.Answers);
    }

    private string AnswersJson(string?[] answers)
    {
        answersBuffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(answersBuffer))
        {
            json.WriteStartArray();
            foreach (var answer in answers)
            {
                if (answer is null) json.WriteNullValue();
                else json.WriteStringValue(answer);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(answersBuffer.WrittenSpan);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in new[] { "$batch", "$respondent", "$pair", "$pairKey", "$role", "$wave", "$instrument", "$version",
                     "$repeat", "$submitted", "$partial", "$row", "$values", "$answers" })
        {
            if (sql.Contains(name, StringComparison.Ordinal)) command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
