using MentorEval.Core.Analysis;
using MentorEval.Core.Instruments;
using MentorEval.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Responses;

/// <summary>Reads stored responses back for analysis.</summary>
public static class ResponseStore
{
    /// <summary>
    /// Every stored response of every cohort, by instrument. Responses imported under older versions of a definition
    /// are re-aligned to the newest stored version by item id (items the older version lacked are missing).
    /// </summary>
    public static async Task<IReadOnlyList<InstrumentResponses>> LoadAsync(MentorEvalDb db, CancellationToken cancel = default)
    {
        var versions = await db.InstrumentVersions.AsNoTracking().ToListAsync(cancel);
        var definitions = versions.ToDictionary(v => v.Id, v => InstrumentDefinition.Parse(v.DefinitionJson, $"stored {v.InstrumentId} {v.Version}").Instrument!);
        var newest = versions.GroupBy(v => v.InstrumentId).ToDictionary(g => g.Key, g => definitions[g.MaxBy(v => v.FirstImportedAt)!.Id]);

        var rows = await (from r in db.Responses.AsNoTracking()
                          join w in db.Waves on r.WaveId equals w.Id
                          join p in db.Pairs on r.PairRowId equals p.Id into linked
                          from p in linked.DefaultIfEmpty()
                          select new
                          {
                              r.InstrumentId, r.InstrumentVersionId, r.RespondentId, r.PairKey, r.Role, Wave = w.Name,
                              Cohort = p == null ? null : p.Cohort!.Name, r.SubmittedAt, r.ItemValues,
                          }).ToListAsync(cancel);

        return rows.GroupBy(r => r.InstrumentId).Select(g =>
        {
            var instrument = newest[g.Key];
            var responses = g.Select(r => new AnalysisResponse(r.RespondentId, r.PairKey.Length == 0 ? null : r.PairKey, r.Role, r.Cohort, r.Wave,
                r.SubmittedAt, Align(ItemValueCodec.Unpack(r.ItemValues, definitions[r.InstrumentVersionId].Items.Count), definitions[r.InstrumentVersionId], instrument))).ToList();
            return new InstrumentResponses(instrument, responses);
        }).ToList();
    }

    private static double[] Align(double[] values, Instrument from, Instrument to)
    {
        if (ReferenceEquals(from, to)) return values;
        var aligned = new double[to.Items.Count];
        for (var i = 0; i < aligned.Length; i++)
        {
            var index = from.Items.ToList().FindIndex(item => item.Id == to.Items[i].Id);
            aligned[i] = index >= 0 ? values[index] : double.NaN;
        }

        return aligned;
    }
}
