using System.Globalization;
using System.Text;
using System.Text.Json;
using MentorEval.Application;
using MentorEval.Application.Files;
using MentorEval.Application.Imports;
using MentorEval.Cli.App;
using MentorEval.Cli.Tests.Support;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Import.Responses;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// `import` end to end on generic exports of the shipped mca-26: what is stored, counted and rejected, in file order,
/// whether the file has a handful of rows or more than the reader hands to the writer at once.
/// </summary>
public sealed class ImportPipelineTests
{
    private static readonly string Items = string.Join(",", Enumerable.Range(1, 26).Select(i => $"mca{i:D2}"));

    private static string Answers(params string[] first) => string.Join(",", first.Concat(Enumerable.Repeat("4", 26 - first.Length)));

    private static async Task ImportRoster(Scratch folder, int pairs)
    {
        var roster = new StringBuilder("pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status\n");
        // M1 mentors two pairs; everyone else is in one.
        roster.Append("P1,2026,M1,E1,2026-01-10,2026-12-10,active\nP2,2026,M1,E2,2026-01-10,2026-12-10,active\n");
        for (var p = 3; p <= pairs; p++) roster.Append(CultureInfo.InvariantCulture, $"P{p},2026,M{p},E{p},2026-01-10,2026-12-10,active\n");
        folder.File("roster.csv", roster.ToString());
        (await folder.Run("roster", "import", "roster.csv")).ExitCode.ShouldBe(ExitCode.Success);
    }

    [StoreTheory]
    public async Task Every_row_is_stored_or_rejected_with_its_reason_in_file_order(StoreKind store)
    {
        using var folder = new Scratch(store);
        await ImportRoster(folder, 3);
        folder.File("wave1.csv", $"""
            respondent_id,pair_id,role,submitted_at,{Items}
            E1,P1,mentee,2026-03-02 09:00:00,{Answers("5")}
            M1,P1,mentor,2026-03-02 09:05:00,{Answers("N/A", "", "Extremely skilled", " 6 ")}
            M1,P2,mentor,2026-03-02 09:10:00,{Answers("9")}
            E1,P1,mentee,2026-03-02 09:15:00,{Answers("3")}
            E3,P9,mentee,2026-03-02 09:20:00,{Answers()}
            M3,P3,mentee,2026-03-02 09:25:00,{Answers()}
            E2,P2,MENTEE,2026-03-02 09:30:00,{Answers()}

            """);

        var run = await folder.Run("import", "wave1.csv", "--instrument", "mca-26", "--wave", "baseline", "--json");

        run.ExitCode.ShouldBe(ExitCode.Success, run.Output);
        var summary = JsonDocument.Parse(run.Output).RootElement;
        (summary.GetProperty("rowsRead").GetInt32(), summary.GetProperty("imported").GetInt32(), summary.GetProperty("rejected").GetInt32())
            .ShouldBe((7, 3, 4));
        var rejects = File.ReadAllLines(Path.Combine(folder.Path, "wave1.rejects.csv"));
        rejects.Length.ShouldBe(5);
        rejects[1].ShouldStartWith("wave1.csv,4,mca01,error,response.answer-invalid,\"mca01: 9 is outside the response scale 1–7");
        rejects[1].ShouldEndWith(",mca01,9");
        rejects[2].ShouldStartWith("wave1.csv,5,respondent id,error,response.duplicate,\"duplicate: \"\"E1\"\" (pair P1) already has a response");
        rejects[2].ShouldEndWith(",,E1");
        rejects[3].ShouldStartWith("wave1.csv,6,pair_id,error,response.not-in-pair,\"pair \"\"P9\"\" is not in the roster");
        rejects[3].ShouldEndWith(",,P9");
        rejects[4].ShouldStartWith("wave1.csv,7,pair_id,error,response.not-in-pair,\"respondent \"\"M3\"\" is the mentor of pair \"\"P3\"\" in the roster, but the response says mentee");
        rejects[4].ShouldEndWith(",,P3");

        await using var db = await Store.OpenAsync(folder.Location);
        var stored = await db.Responses.OrderBy(r => r.SourceRow).ToListAsync();
        stored.Select(r => (r.RespondentId, r.PairKey, r.Role, r.SourceRow)).ShouldBe(
            [("E1", "P1", Role.Mentee, 2), ("M1", "P1", Role.Mentor, 3), ("E2", "P2", Role.Mentee, 8)]);
        var pairs = await db.Pairs.ToDictionaryAsync(p => p.PairKey, p => p.Id);
        stored.Select(r => r.PairRowId).ShouldBe([pairs["P1"], pairs["P1"], pairs["P2"]]);
        var values = ItemValueCodec.Unpack(stored[1].ItemValues, 26);
        values[..5].ShouldBe([double.NaN, double.NaN, 7, 6, 4]);
        AnswerTextCodec.Read(stored[1].OriginalAnswers, values)[..5].ShouldBe(["N/A", "", "Extremely skilled", " 6 ", "4"]);
        stored[0].SubmittedAt.ShouldBe(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    }

    [StoreTheory]
    public async Task A_file_larger_than_what_is_handed_over_at_once_is_stored_whole_and_in_order(StoreKind store)
    {
        using var folder = new Scratch(store);
        // No roster: responses keep their pair id and role. 4,197 rows, more than the reader hands over at once.
        const int pairs = 2_100;
        var export = new StringBuilder($"respondent_id,pair_id,role,{Items}\n");
        for (var p = 3; p <= pairs; p++)
        {
            export.Append(CultureInfo.InvariantCulture, $"M{p},P{p},mentor,{Answers((p % 7 + 1).ToString(CultureInfo.InvariantCulture))}\n");
            export.Append(CultureInfo.InvariantCulture, $"E{p},P{p},mentee,{Answers()}\n");
        }

        export.Append(CultureInfo.InvariantCulture, $"E{pairs},P{pairs},mentee,{Answers()}\n");
        folder.File("big.csv", export.ToString());
        var rows = 2 * (pairs - 2) + 1;

        var run = await folder.Run("import", "big.csv", "--instrument", "mca-26", "--wave", "baseline", "--json");

        run.ExitCode.ShouldBe(ExitCode.Success, run.Output);
        var summary = JsonDocument.Parse(run.Output).RootElement;
        (summary.GetProperty("rowsRead").GetInt32(), summary.GetProperty("imported").GetInt32(), summary.GetProperty("rejected").GetInt32())
            .ShouldBe((rows, rows - 1, 1));
        var duplicate = File.ReadAllLines(Path.Combine(folder.Path, "big.rejects.csv"))[1];
        duplicate.ShouldStartWith($"big.csv,{rows + 1},respondent id,error,response.duplicate,\"duplicate:");
        duplicate.ShouldEndWith($",,E{pairs}");
        await using var db = await Store.OpenAsync(folder.Location);
        var stored = await db.Responses.OrderBy(r => r.Id).Select(r => new { r.SourceRow, r.RespondentId, r.ItemValues }).ToListAsync();
        stored.Select(r => r.SourceRow).ShouldBe(Enumerable.Range(2, rows - 1));
        stored.Where(r => r.RespondentId.StartsWith('M'))
            .Select(r => ItemValueCodec.Unpack(r.ItemValues, 26)[0] - (int.Parse(r.RespondentId[1..], CultureInfo.InvariantCulture) % 7 + 1))
            .ShouldAllBe(difference => difference == 0);
    }

    [StoreTheory]
    public async Task A_cancelled_import_stops_reading_and_leaves_the_database_as_it_was(StoreKind store)
    {
        using var folder = new Scratch(store);
        const int pairs = 2_100;
        var export = new StringBuilder($"respondent_id,pair_id,role,{Items}\n");
        for (var p = 3; p <= pairs; p++) export.Append(CultureInfo.InvariantCulture, $"M{p},P{p},mentor,{Answers()}\nE{p},P{p},mentee,{Answers()}\n");
        var file = folder.File("cancelled.csv", export.ToString());
        var library = MentorEval.Import.Instruments.InstrumentFiles.Load(Path.Combine(AppContext.BaseDirectory, "instruments"));
        var instrument = library.Find("mca-26")!;
        var request = new ResponseImportRequest(file, "mca-26", null, null, new ResponseImportOptions { Wave = "baseline" }, false, false, false, null);
        using var cancel = new CancellationTokenSource();

        await using (var db = await Store.OpenAsync(folder.Location))
        {
            // The first progress report comes after 4,096 rows have been written (of 4,196).
            await Should.ThrowAsync<OperationCanceledException>(() =>
                ImportResponses.RunAsync(db, instrument, library.SourceOf(instrument), request, new OutputGuard(folder.Location, null, []), new CancelOnFirstReport(cancel), cancel.Token));
        }

        await using var check = await Store.OpenAsync(folder.Location);
        (await check.Responses.CountAsync()).ShouldBe(0);
        (await check.ImportBatches.CountAsync()).ShouldBe(0);
        (await check.Waves.CountAsync()).ShouldBe(0);
    }

    private sealed class CancelOnFirstReport(CancellationTokenSource cancel) : IProgress<StepProgress>
    {
        public void Report(StepProgress value) => cancel.Cancel();
    }

    /// <summary>A scratch folder with the program's database on the test's store; commands run from the folder.</summary>
    private sealed class Scratch : IDisposable
    {
        private readonly TemporaryFolder files = new();
        private readonly TestDatabase database;

        public Scratch(StoreKind store) => database = TestDatabase.Create(store, files.Path);

        public string Path => files.Path;

        public StoreLocation Location => database.Location;

        public string File(string name, string content) => files.File(name, content);

        public Task<CliHarness.Run> Run(params string[] args) => CliHarness.RunAsync(files.Path, [.. args, "--db", database.Value]);

        public void Dispose()
        {
            database.Dispose();
            files.Dispose();
        }
    }
}
