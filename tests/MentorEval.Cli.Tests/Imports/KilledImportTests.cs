using System.Diagnostics;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// The real `mentoreval` process, killed in the middle of a large import: the batch is one transaction, so the database
/// must come back exactly as it was, with nothing of the batch in it, and open and work as before.
/// </summary>
public sealed class KilledImportTests
{
    private const int Rows = 300_000;

    // SQLite: uncommitted pages spill into the write-ahead log once the batch's page cache (64 MB) fills. PostgreSQL: the
    // table's file grows with rows not yet committed. Either this large means the batch's rows are being written. Each row
    // carries a long comment (kept as its original text), so a SQLite batch outgrows its cache well before its end.
    private const long WrittenBytes = 1 << 20;
    private static readonly string Comment = string.Concat(Enumerable.Repeat("a long free-text answer ", 10));

    // How long the import may take to begin writing. The test waits for the batch's bytes on disk, never for a time:
    // this only ends a wait for an import that hangs. On a busy machine (load 30–40 on two cores) starting the process
    // and reading the file before the first write has taken more than 20 s.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private static readonly string MentorEval = Path.Combine(AppContext.BaseDirectory, "mentoreval.dll");

    [StoreTheory]
    public async Task Killing_the_process_during_a_large_import_leaves_no_partial_batch(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        // No roster: the responses are kept unlinked, so the large file needs only a role column.
        (await program.ImportAsync("exports/generic.csv")).Summary.Imported.ShouldBe(3);
        var before = await program.SnapshotAsync();
        WriteLargeExport(program.PathOf("large.csv"));

        using var import = Start(program, "import", "large.csv", "--instrument", "pair-pulse", "--db", program.Database, "--json");
        try
        {
            var output = import.StandardOutput.ReadToEndAsync();
            await WaitUntilWritingAsync(import, program);
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
            (await output).ShouldNotContain("\"committed\": true");
        }
        finally
        {
            // A failed wait must not leave the import running after the test.
            if (!import.HasExited) import.Kill(entireProcessTree: true);
        }

        var stored = await program.ResponsesAsync();
        stored.Select(r => r.RespondentId).ShouldBe(["MT-01", "ME-01", "MT-03"]);
        if (store == StoreKind.Sqlite) (await IntegrityAsync(program)).ShouldBe("ok");
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
        (await program.ImportAsync("exports/google-forms.csv", "--wave", "2024-08", "--role", "mentee")).Summary.Committed.ShouldBeTrue();
    }

    private static void WriteLargeExport(string path)
    {
        var random = new Random(Rows);
        using var file = new StreamWriter(path);
        file.WriteLine("respondent_id,role,wave,listens,goals,trust,cancelled,meetings,comment");
        for (var i = 0; i < Rows; i++)
        {
            file.WriteLine($"R{i:D6},{(i % 2 == 0 ? "mentor" : "mentee")},2024-09,{random.Next(1, 6)},{random.Next(1, 6)},{random.Next(1, 6)},"
                           + $"{random.Next(1, 6)},{random.Next(0, 9)},{Comment}{i}");
        }
    }

    private static Process Start(ProgramFolder program, params string[] args)
    {
        var start = new ProcessStartInfo(Dotnet.Host)
        {
            WorkingDirectory = program.Path,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(MentorEval);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MENTOREVAL_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        return Process.Start(start)!;
    }

    /// <summary>
    /// Waits until the batch's rows, not yet committed, are on disk (<see cref="WrittenBytes"/>): then a kill lands in the
    /// middle of the write. Fails if the import ends first, or has not begun writing within <see cref="Patience"/>.
    /// </summary>
    private static async Task WaitUntilWritingAsync(Process import, ProgramFolder program)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (await WrittenAsync(program) < WrittenBytes)
        {
            import.HasExited.ShouldBeFalse("the import ended before it wrote its batch: give it a larger file");
            if (patience.IsCancellationRequested)
                throw new ShouldAssertException($"The import had not begun writing its batch after {Patience.TotalMinutes} minutes; it may hang.");
            await Task.Delay(50);
        }

        import.HasExited.ShouldBeFalse("the import ended before it could be killed: give it a larger file");
    }

    /// <summary>How much of the batch is on disk, committed or not (see <see cref="WrittenBytes"/>).</summary>
    private static async Task<long> WrittenAsync(ProgramFolder program)
    {
        if (program.Store == StoreKind.Sqlite)
        {
            var log = new FileInfo(program.Database + "-wal");
            return log.Exists ? log.Length : 0;
        }

        await using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(program.Database) { Pooling = false }.ConnectionString);
        await db.OpenAsync();
        await using var size = new NpgsqlCommand("SELECT pg_relation_size('responses')", db);
        return (long)(await size.ExecuteScalarAsync())!;
    }

    private static async Task<string> IntegrityAsync(ProgramFolder program)
    {
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = program.Database, Pooling = false }.ToString());
        await db.OpenAsync();
        await using var check = db.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return (string)(await check.ExecuteScalarAsync())!;
    }
}
