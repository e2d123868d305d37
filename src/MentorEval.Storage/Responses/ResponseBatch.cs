using System.Security.Cryptography;
using System.Text;
using MentorEval.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Responses;

/// <summary>Starts writing an import batch with the writer for the database's provider, and what every writer records alike.</summary>
public static class ResponseBatch
{
    public static async Task<IResponseBatchWriter> BeginAsync(MentorEvalDb db, BatchDescription description, bool replace,
        CancellationToken cancel = default) =>
        await ResponseBatchWriter.BeginAsync(
            db is PostgresMentorEvalDb postgres ? new PostgresResponseBatchWriter(postgres, replace) : new SqliteResponseBatchWriter(db, replace),
            description, cancel);

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Inside the batch's transaction: finds or adds the exact instrument version, and records the batch.</summary>
    internal static async Task<ImportBatchRecord> RecordAsync(MentorEvalDb db, BatchDescription description, CancellationToken cancel)
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
        return batch;
    }

    /// <summary>The batch's final counts, saved inside its transaction just before the commit.</summary>
    internal static Task SaveCountsAsync(MentorEvalDb db, ImportBatchRecord batch, int rowsRead, int imported, int skipped, int rejected,
        int replaced, CancellationToken cancel)
    {
        batch.RowsRead = rowsRead;
        batch.Imported = imported;
        batch.Skipped = skipped;
        batch.Rejected = rejected;
        batch.Replaced = replaced;
        return db.SaveChangesAsync(cancel);
    }

    /// <summary>
    /// The stored id of a wave, added if new. Another import (of another instrument) may add the same wave at the same
    /// time: the insert then waits for it and keeps its row instead of failing on the unique name.
    /// </summary>
    internal static int WaveId(MentorEvalDb db, Dictionary<string, int> known, string name)
    {
        if (known.TryGetValue(name, out var id)) return id;
        db.Database.ExecuteSql($"""INSERT INTO waves ("Name") VALUES ({name}) ON CONFLICT ("Name") DO NOTHING""");
        return known[name] = db.Waves.Where(w => w.Name == name).Select(w => w.Id).Single();
    }
}
