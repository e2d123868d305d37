using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Cli.Tests.Support;

/// <summary>
/// A response as the database holds it, read back through Storage: the packed item values unpacked and the original
/// answer texts parsed, both in the item order of the definition the batch was imported with.
/// </summary>
public sealed record StoredResponse(
    string RespondentId,
    string PairKey,
    bool LinkedToPair,
    Role? Role,
    string Wave,
    int BatchId,
    bool Partial,
    int SourceRow,
    DateTimeOffset? SubmittedAt,
    double[] Values,
    string?[] Answers)
{
    public static async Task<IReadOnlyList<StoredResponse>> ReadAllAsync(string database)
    {
        await using var db = await Store.OpenAsync(new StoreLocation(database));
        var waves = await db.Waves.ToDictionaryAsync(w => w.Id, w => w.Name);
        var itemCounts = (await db.InstrumentVersions.ToListAsync())
            .ToDictionary(v => v.Id, v => InstrumentDefinition.Parse(v.DefinitionJson, v.InstrumentId).Instrument!.Items.Count);
        var records = await db.Responses.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        return records.Select(r =>
        {
            var values = ItemValueCodec.Unpack(r.ItemValues, itemCounts[r.InstrumentVersionId]);
            return new StoredResponse(r.RespondentId, r.PairKey, r.PairRowId is not null, r.Role, waves[r.WaveId], r.BatchId,
                r.Partial, r.SourceRow, r.SubmittedAt, values, AnswerTextCodec.Read(r.OriginalAnswers, values));
        }).ToList();
    }
}
