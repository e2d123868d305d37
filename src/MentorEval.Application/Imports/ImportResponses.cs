using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Channels;
using CsvHelper;
using MentorEval.Application.Files;
using MentorEval.Application.Instruments;
using MentorEval.Application.Programs;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Text;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Application.Imports;

/// <summary>
/// One import, start to end: recognise a file imported before, read and map the export, check every row, write the
/// accepted responses as one batch in one transaction, and list every rejected row in a rejects CSV. The database
/// changes only at the final commit, so a failure, --strict, --dry-run or a killed process leaves it as it was. The
/// rejects file is written in full before the commit and moved into place after it, so each message says what was stored.
/// </summary>
public sealed class ImportResponses(Workspace workspace)
{
    private const int MaxMapBytes = 1024 * 1024;

    /// <summary>Imports one export into the workspace's database (created on first use).</summary>
    /// <param name="progress">Gets the share of the file read so far.</param>
    public Task<ImportOutcome> RunAsync(ImportRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<ImportOutcome>(workspace, async () =>
        {
            if (workspace.ExistingFile(request.File, "survey export").Failed(out var refusal, out var export)) return Refused(refusal);
            string? mapPath = null;
            if (request.MapFile is { } m && workspace.ExistingFile(m, "mapping file").Failed(out refusal, out mapPath)) return Refused(refusal);
            if (LoadMap(mapPath).Failed(out refusal, out var columnMap)) return Refused(refusal);
            var job = new ResponseImportRequest(
                File: export,
                InstrumentId: request.InstrumentId,
                Format: ExportFormats.Parse(request.Format),
                // The command line is the more deliberate choice: it overrides a mapping file reused from another wave.
                RespondentColumn: request.RespondentColumn ?? columnMap.Respondent,
                Options: new ResponseImportOptions
                {
                    Wave = request.Wave,
                    Cohort = request.Cohort,
                    Role = request.Role,
                    Partial = request.Partial == UnfinishedResponses.Skip ? PartialPolicy.Skip : PartialPolicy.Keep,
                    IncludeTestResponses = request.IncludeTestResponses,
                    KeepUnreadableDates = request.KeepUnreadableDates,
                    MissingCodes = request.MissingCodes ?? [],
                    EventWaves = new Dictionary<string, string>(request.EventWaves ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase),
                    Map = columnMap,
                },
                Strict: request.Strict,
                Replace: request.Replace,
                DryRun: request.DryRun,
                RejectsPath: request.RejectsPath is { } r ? workspace.FullPath(r) : null);

            var library = workspace.LoadLibrary();
            if (InstrumentChoice.Find(library, job.InstrumentId).Failed(out refusal, out var definition)) return Refused(refusal);
            // A dry run writes nothing, not even a new empty database.
            if (request.DryRun && workspace.MissingDatabase() is { } none) return Refused(none);
            await using var db = await workspace.OpenStoreAsync(cancel);
            var guard = workspace.Guard([(export, "the survey export"), .. mapPath is null ? [] : new[] { (mapPath, "the mapping file") }]);
            return (await RunAsync(db, definition, library.SourceOf(definition), job, guard, progress, cancel)).Failed(out refusal, out var summary)
                ? Refused(refusal)
                : ImportOutcome.Of(summary);
        }, d => new ImportOutcome.Refused(d));

    private static ImportOutcome Refused(Refusal refusal) => new ImportOutcome.Refused(refusal.Diagnostics);

    internal static Attempt<ColumnMap> LoadMap(string? full)
    {
        if (full is null) return ColumnMap.Empty;
        // A mapping names a few hundred columns at most; a larger file is not one, and is not read whole into memory.
        if (new FileInfo(full).Length > MaxMapBytes)
            return new Diagnostic(full, DiagnosticCodes.Input.MapTooLarge,
                $"This file is larger than {MaxMapBytes / 1024 / 1024} MB, too large for a mapping file (a JSON object of column names).")
            {
                Fix = "Check that --map names the mapping, not the export.",
            };
        if (ColumnMap.Parse(File.ReadAllText(full), full, out var problem) is { } map) return map;
        // The parser's text starts with the file's path, which the diagnostic names already.
        var said = problem!.StartsWith(full + ": ", StringComparison.Ordinal) ? problem[(full.Length + 2)..] : problem;
        return new Diagnostic(full, DiagnosticCodes.Input.MapInvalid, said) { Fix = "Correct the mapping file; the README shows its shape." };
    }

    private const int FirstRejectsShown = 20;

    // Rows per hand-over between the reading task and the writer, and hand-overs waiting at most: enough to keep the
    // writer busy, few enough (under 1 MB) that rows waiting are rarely still alive when the GC runs (more waiting
    // rows made nearly every collection a generation-1 one, and paused both threads for over a second per million rows).
    private const int ChunkRows = 128;
    private const int ChunksAhead = 4;

    /// <param name="guard">What the rejects file may not replace: the database imported into and the files read.</param>
    internal static async Task<Attempt<ImportSummary>> RunAsync(MentorEvalDb db, Instrument instrument, string definitionJson,
        ResponseImportRequest request, OutputGuard guard, IProgress<StepProgress>? progress, CancellationToken cancel)
    {
        var name = Path.GetFileName(request.File);
        var rejectsPath = request.RejectsFile;
        using var outputs = new OutputFiles(guard);
        // Checked before anything else; started at the first rejected row, so a clean import needs no writable folder
        // for it (an export on a read-only share), and a failure to write it stops the import with nothing stored.
        if (outputs.Check(rejectsPath, "--rejects") is { } unwritable) return NothingStored(unwritable);
        using var rejects = new RejectsFile(name, () => outputs.Open(rejectsPath, "the rejects file", "--rejects"));
        // The file is hashed on another core while the roster loads: each takes a second or two on a large program.
        var hashing = Task.Run(() => Sha256Async(request.File, cancel), cancel);
        var roster = await RosterStore.LoadPairsAsync(db, cancel);
        var sha = await hashing;
        var summary = new ImportSummary { File = request.File, Instrument = instrument.Id, DryRun = request.DryRun, Strict = request.Strict };
        // The same file for the same instrument is recognised and skipped, unless --replace asks to take it again
        // (e.g. after fixing the roster that made rows fail the first time).
        var earlier = await db.ImportBatches.AsNoTracking()
            .Where(b => b.FileSha256 == sha && b.InstrumentVersion!.InstrumentId == instrument.Id)
            .OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancel);
        if (earlier is not null && !request.Replace)
            return summary with { AlreadyImported = $"This file was imported for {instrument.Id} on {earlier.ImportedAt:yyyy-MM-dd HH:mm} UTC as batch {earlier.Id} ({earlier.Imported} responses); nothing was imported again. Use --replace to import it again." };

        await using var stream = new FileStream(request.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = ExportReader.Open(stream, name, new ExportReadOptions { Format = request.Format, RespondentColumn = request.RespondentColumn }, leaveOpen: true);
        summary = summary with { Format = reader.Format?.ToString(), Dialect = reader.Dialect?.ToString() };
        if (reader.HasErrors) return new Refusal(reader.Problems.Where(p => p.IsError).ToList());

        var mapping = ColumnMapper.Map(instrument, reader.AnswerColumns, request.Options.Map, name);
        if (!mapping.IsUsable) return ColumnHelp.Unmatched(mapping, reader.AnswerColumns, instrument);
        if (FileProblems.Of(request.File, reader, request.Options, roster) is { } wholeFile) return wholeFile;

        var rows = new ResponseReader(name, instrument, mapping, roster.Index(), request.Options, reader.Format,
            reader.Dialect?.DecimalComma ?? false);

        var counts = new Counts();
        var options = JsonSerializer.Serialize(new
        {
            request.InstrumentId, request.RespondentColumn, request.Options.Wave, request.Options.Cohort, Role = request.Options.Role?.Name(), request.Strict,
            request.Replace, Partial = request.Options.Partial.ToString(), request.Options.MissingCodes, request.Options.EventWaves,
            Columns = mapping.Mapped.ToDictionary(m => m.Column.Name, m => m.Item.Id),
        });
        var description = new BatchDescription(name, sha, reader.Format?.ToString() ?? "unknown", instrument, definitionJson, options, DateTimeOffset.UtcNow);
        await using var writer = await ResponseBatch.BeginAsync(db, description, request.Replace, cancel);

        // Reading (parse, check, interpret, link) and writing (the store) each cost a few microseconds a row, so on two or
        // more cores they run side by side: a task reads rows into chunks handed over through a small bounded channel
        // (memory stays bounded whatever the file size), and this method records them in file order, as before.
        async Task ReadAll(Action<double> report)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            var chunks = Channel.CreateBounded<List<ReadRow>>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });
            long position = 0;
            var reading = Task.Run(() => ReadChunks(reader, rows, roster.PairRowIds, chunks.Writer, () => Volatile.Write(ref position, stream.Position), stop.Token), stop.Token);
            // Rows read but not yet written: chunks are gathered until there are as many as the store writes best at
            // once (PostgreSQL: a few thousand per COPY; SQLite: each chunk as it comes).
            var waiting = new List<ReadRow>();
            void WriteWaiting()
            {
                var written = writer.Write(Accepted(waiting));
                var next = 0;
                foreach (var (outcome, _, _) in waiting)
                {
                    counts.RowsRead++;
                    Record(outcome, outcome is RowOutcome.Accepted ? written[next++] : null, counts, rejects);
                    if ((counts.RowsRead & 0xFFF) == 0) report((double)Volatile.Read(ref position) / Math.Max(1, stream.Length));
                }

                waiting.Clear();
            }

            // A rejects file that cannot be written ends the import with nothing stored: the rest need not be read.
            async Task<bool> StopIfUnwritable()
            {
                if (outputs.Problem is null) return false;
                await stop.CancelAsync();
                try
                {
                    await reading;
                }
                catch (OperationCanceledException)
                {
                    // The reading was stopped on purpose.
                }

                return true;
            }

            try
            {
                await foreach (var chunk in chunks.Reader.ReadAllAsync(cancel))
                {
                    cancel.ThrowIfCancellationRequested();
                    waiting.AddRange(chunk);
                    if (waiting.Count < writer.RowsPerWrite) continue;
                    WriteWaiting();
                    if (await StopIfUnwritable()) return;
                }

                WriteWaiting();
                if (await StopIfUnwritable()) return;
            }
            catch
            {
                // Writing failed or was cancelled: stop the reading too, and let it end before the export is disposed.
                await stop.CancelAsync();
                try
                {
                    await reading;
                }
                catch
                {
                    // The writing error is the one to report.
                }

                throw;
            }

            // A reading error ends the chunks early; it is thrown here as the reader threw it.
            await reading;
        }

        var step = $"Importing {name}";
        await ReadAll(share => progress?.Report(new StepProgress(step, share)));
        progress?.Report(new StepProgress(step, 1));
        // Reading that stopped part-way (a runaway record) left the rest of the file unread: store none of it.
        if (reader.HasErrors) return new Refusal(reader.Problems.Where(p => p.IsError).ToList()).Then("Nothing was stored.");

        var commit = !request.DryRun && !(request.Strict && counts.Rejected > 0) && counts.Imported + counts.Replaced > 0;
        // Written in full before the commit: failing here still stores nothing (the batch is rolled back when disposed).
        rejects.Finish();
        if (outputs.Complete() is { } unfinished) return NothingStored(unfinished);
        if (commit) await writer.CommitAsync(counts.RowsRead, counts.Imported, counts.Skipped, counts.Rejected, counts.Replaced, cancel);
        else await writer.RollbackAsync();
        // A rejects file from an earlier run of the same import would be mistaken for this run's.
        var placed = rejects.Written ? outputs.MoveIntoPlace() : OutputFile.RemoveEarlierFile(rejectsPath, "the rejects file", "--rejects");
        if (placed is { } failed)
            return commit
                ? failed with
                {
                    Message = $"{counts.Imported + counts.Replaced} responses were stored as batch {writer.BatchId}; the rejects file was not. {failed.Message}",
                    Fix = $"{failed.Fix} To list the rejected rows again, run the same import with --replace --dry-run and another --rejects path.",
                }
                : NothingStored(failed);

        return summary with
        {
            Committed = commit,
            BatchId = commit ? writer.BatchId : null,
            RowsRead = counts.RowsRead,
            Imported = counts.Imported,
            Replaced = counts.Replaced,
            Skipped = counts.Skipped,
            Rejected = counts.Rejected,
            SkippedBecause = counts.SkippedBecause,
            ResponsesByWave = counts.ByWave,
            Columns = mapping.Mapped.Select(m => new ImportSummary.MappedColumn(m.Column.Name, m.Item.Id, m.MatchedBy.ToString())).ToList(),
            UnmappedColumns = mapping.UnmappedColumns.Select(c => c.Name).ToList(),
            UnmappedItems = mapping.UnmappedItems.Select(i => i.Id).ToList(),
            Warnings = [.. reader.Problems.Where(p => !p.IsError).Select(p => p.ToString()), .. rows.Notes.Select(n => n.ToString()),
                .. rows.EverySkippedAsTest(counts.RowsRead, counts.Skipped) is { } tests ? [tests.ToString()] : Array.Empty<string>()],
            FirstRejects = rejects.First,
            Flagged = counts.Flagged,
            FirstFlagged = counts.FirstFlagged,
            RejectsFile = rejects.Written ? rejectsPath : null,
        };
    }

    private static Refusal NothingStored(Diagnostic problem) => ((Refusal)problem).Then("Nothing was stored.");

    /// <summary>Reads every row into chunks, in file order. The caller learns of an error by awaiting this task.</summary>
    private static async Task ReadChunks(ExportReader reader, ResponseReader rows, IReadOnlyDictionary<string, int> pairRowIds,
        ChannelWriter<List<ReadRow>> chunks, Action notePosition, CancellationToken cancel)
    {
        try
        {
            var encoder = new ResponseEncoder();
            var chunk = new List<ReadRow>(ChunkRows);
            foreach (var row in reader.ReadRows(rows.AnswerColumns))
            {
                cancel.ThrowIfCancellationRequested();
                var outcome = rows.Read(row);
                // The stored pair is looked up and the response encoded here too: the writer is the busier side.
                var pairRowId = outcome is RowOutcome.Accepted { Response.PairId: { } key } && pairRowIds.TryGetValue(key, out var id) ? id : (int?)null;
                chunk.Add(new ReadRow(outcome, pairRowId, outcome is RowOutcome.Accepted accepted ? encoder.Encode(accepted.Response) : null));
                if (chunk.Count < ChunkRows) continue;
                notePosition();
                await chunks.WriteAsync(chunk, cancel);
                chunk = new List<ReadRow>(ChunkRows);
            }

            if (chunk.Count > 0) await chunks.WriteAsync(chunk, cancel);
        }
        finally
        {
            chunks.Complete();
        }
    }

    private static List<ResponseToWrite> Accepted(List<ReadRow> chunk)
    {
        var accepted = new List<ResponseToWrite>(chunk.Count);
        foreach (var (outcome, pairRowId, encoded) in chunk)
            if (outcome is RowOutcome.Accepted { Wave: var wave }) accepted.Add(new ResponseToWrite(encoded!, pairRowId, wave));
        return accepted;
    }

    /// <param name="written">What became of an accepted row in the store (null for other rows).</param>
    private static void Record(RowOutcome outcome, WriteOutcome? written, Counts counts, RejectsFile rejects)
    {
        switch (outcome)
        {
            case RowOutcome.Skipped skipped:
                counts.Skipped++;
                counts.SkippedBecause[skipped.Reason] = counts.SkippedBecause.GetValueOrDefault(skipped.Reason) + 1;
                break;
            case RowOutcome.Rejected rejected:
                counts.Rejected++;
                rejects.Add(rejected.Cells);
                break;
            case RowOutcome.Accepted accepted:
                switch (written)
                {
                    case WriteOutcome.Inserted: counts.Imported++; break;
                    case WriteOutcome.Replaced: counts.Replaced++; break;
                    default:
                        counts.Rejected++;
                        rejects.Add([new Diagnostic(rejects.File, DiagnosticCodes.Response.Duplicate,
                            $"duplicate: \"{accepted.Response.RespondentId}\"{(accepted.Response.PairId is { } p ? $" (pair {p})" : "")} already has a response to this instrument at wave \"{accepted.Wave}\" " +
                            "(stored, or earlier in this file)")
                            { Row = accepted.Row, Column = "respondent id", Value = accepted.Response.RespondentId, Fix = "Use --replace to overwrite a stored one." }]);
                        return;
                }

                counts.ByWave[accepted.Wave] = counts.ByWave.GetValueOrDefault(accepted.Wave) + 1;
                if (accepted.Flagged.Count > 0) counts.Flag(accepted.Flagged);
                break;
        }
    }

    private static async Task<string> Sha256Async(string path, CancellationToken cancel)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancel));
    }

    /// <summary>A row as read, with the stored id of the pair it names (null when there is none to link to) and, when
    /// accepted, the response as it is stored.</summary>
    private readonly record struct ReadRow(RowOutcome Outcome, int? PairRowId, EncodedResponse? Encoded);

    private sealed class Counts
    {
        public int RowsRead;
        public int Imported;
        public int Replaced;
        public int Skipped;
        public int Rejected;
        public readonly Dictionary<string, int> SkippedBecause = new();
        public readonly Dictionary<string, int> ByWave = new();
        public int Flagged;
        public readonly List<Diagnostic> FirstFlagged = [];

        public void Flag(IReadOnlyList<Diagnostic> cells)
        {
            Flagged++;
            foreach (var cell in cells)
                if (FirstFlagged.Count < FirstRejectsShown) FirstFlagged.Add(cell with { Value = cell.Value is null ? null : Excerpt.Of(cell.Value) });
        }
    }

    /// <summary>
    /// Rejected rows as CSV, one diagnostic a line with the fields every front end shows (<see cref="DiagnosticText.Fields"/>),
    /// written from the first rejection on. Values come from the export, so a cell that a spreadsheet would run as a
    /// formula is escaped.
    /// </summary>
    private sealed class RejectsFile(string file, Func<OutputFile> open) : IDisposable
    {
        /// <summary>The export whose rows these are.</summary>
        public string File => file;

        private CsvWriter? csv;

        public List<Diagnostic> First { get; } = [];

        public bool Written { get; private set; }

        /// <summary>Writes the cells; a file that cannot be written drops them, and the import reads why from its outputs.</summary>
        public void Add(IEnumerable<Diagnostic> cells)
        {
            if (csv is null)
            {
                csv = CsvWriter.Create(open().Stream, CsvOutput.Options, leaveOpen: true);
                csv.WriteRecord(DiagnosticText.Fields.ToArray());
                Written = true;
            }

            foreach (var cell in cells)
            {
                // The terminal and --json show a value cut to a readable length; this file keeps it whole.
                if (First.Count < FirstRejectsShown) First.Add(cell with { Value = cell.Value is null ? null : Excerpt.Of(cell.Value), Message = Excerpt.OfMessage(cell.Message) });
                csv.WriteRecord(Array.ConvertAll(DiagnosticText.Cells(cell), c => CsvOutput.Defused(c ?? "")));
            }
        }

        /// <summary>Hands what the CSV writer still holds to the file.</summary>
        public void Finish()
        {
            csv?.Dispose();
            csv = null;
        }

        public void Dispose() => Finish();
    }
}
