using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using MentorEval.Core.Instruments;
using MentorEval.Import.Roster;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MentorEval.Benchmarks.Import;

/// <summary>
/// The import target: 1,000,000 responses of the 26-item mca-26 (generic CSV) into SQLite in ≤ 10 s on a 2-core
/// machine, peak memory ≤ 400 MB whatever the file size. Generates (once, cached) a roster and an export, then
/// imports the export several times, each time in a new process into a fresh copy of a database that holds only the
/// roster (or nothing), and reports every run and the median, min and max.
/// <code>
/// dotnet run -c Release --project benchmarks/MentorEval.Benchmarks -- import --rows 1000000 [--pairs 500000] [--no-roster]
///     [--runs 3] [--work DIR] [--digest] [--keep] [--postgres CONNSTRING]
/// </code>
/// --postgres imports into databases on that PostgreSQL server instead of SQLite files (see <see cref="PostgresRuns"/>);
/// the connection string names a database the user can connect to, and the user must be allowed to create databases.
/// With the roster (the default) every row names a stored pair and is linked to it; --no-roster imports the same file
/// into an empty database, where responses keep their pair id and role but link to nothing.
/// --digest prints a SHA-256 of the stored responses (every column but the ids), to show that a change to the import
/// path stored exactly the same thing. Generated files stay in --work (default: $TMPDIR/mentoreval-import-bench).
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: import [--rows N] [--pairs N] [--no-roster] [--runs N] [--work DIR] [--digest] [--keep] [--postgres CONNSTRING]" +
                                    Environment.NewLine + "(--digest reads SQLite files only)");
            return 2;
        }

        Directory.CreateDirectory(options.Work);
        var instruments = InstrumentsFolder();
        var roster = Path.Combine(options.Work, $"roster-{options.Pairs}.csv");
        // SQLite files are named by schema: benchmarks of other versions may share the work folder, and a run must not
        // pay for a migration.
        var schema = typeof(MentorEvalDb).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(MentorEvalDb))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id).Max();
        var template = options.Postgres is null
            ? Path.Combine(options.Work, options.Roster ? $"roster-{options.Pairs}-{schema}.db" : $"empty-{schema}.db")
            : PostgresRuns.TemplateName(options.Roster, options.Pairs);
        var export = Path.Combine(options.Work, $"responses-{options.Rows}-{options.Pairs}.csv");

        Describe(options);
        await Prepare(roster, template, export, options);

        var results = new List<ImportRun.RunResult>();
        for (var run = 1; run <= options.Runs; run++)
        {
            // Named by process: two benchmarks sharing the work folder (and its cached input) must not share a database.
            var db = Path.Combine(options.Work, $"run-{Environment.ProcessId}.db");
            var rejects = Path.Combine(options.Work, $"run-{Environment.ProcessId}.rejects.csv");
            File.Delete(rejects);
            if (options.Postgres is { } server)
            {
                db = await PostgresRuns.FreshAsync(server, template, $"mentoreval_bench_run_{Environment.ProcessId}");
            }
            else
            {
                DeleteDatabase(db);
                File.Copy(template, db);
            }

            var result = await ImportRun.RunAsync(export, db, instruments, rejects);
            if (result.Exit != 0 || result.Imported != options.Rows || result.Rejected != 0)
            {
                Console.Error.WriteLine($"run {run} failed: exit {result.Exit}, imported {result.Imported:N0} of {options.Rows:N0}, rejected {result.Rejected:N0}. {result.Error}");
                return 1;
            }

            results.Add(result);
            var cpu = result.ProcessorSeconds is { } seconds ? string.Create(CultureInfo.InvariantCulture, $"   cpu {seconds,6:F2} s") : "";
            var digest = options.Digest ? $"   digest {await Digest(db)}" : "";
            var size = await SizeAsync(db, options);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {result.Seconds,6:F2} s{cpu}   peak {(result.PeakExact ? "" : "≥")}{Mb(result.PeakBytes),4:F0} MB   " +
                $"db {Mb(size):F0} MB   load {Load()}{digest}"));
            if (options.Keep) continue;
            if (options.Postgres is { } postgres) await PostgresRuns.DropAsync(postgres, new Npgsql.NpgsqlConnectionStringBuilder(db).Database!);
            else DeleteDatabase(db);
        }

        Console.WriteLine();
        Console.WriteLine($"{options.Rows:N0} rows, {options.Runs} runs: median [min – max]");
        Console.WriteLine(Line("wall time", results.Select(r => r.Seconds), "s", "F2"));
        if (results.All(r => r.ProcessorSeconds is not null))
            Console.WriteLine(Line("cpu time", results.Select(r => r.ProcessorSeconds!.Value), "s", "F2"));
        Console.WriteLine(Line("peak resident set", results.Select(r => Mb(r.PeakBytes)), "MB", "F0"));
        Console.WriteLine(Line("rows per second", results.Select(r => options.Rows / r.Seconds), "", "N0"));
        return 0;
    }

    private static async Task Prepare(string roster, string template, string export, Options options)
    {
        var clock = Stopwatch.StartNew();
        if (options.Roster && !File.Exists(roster)) Atomically(roster, path => ImportData.WriteRoster(path, options.Pairs));
        if (options.Postgres is { } server) await PostgresRuns.PrepareAsync(server, template, options.Roster ? roster : null);
        else if (!File.Exists(template))
        {
            // The roster is set-up, not part of the measured import: store it once through the real roster path.
            var building = $"{template}.{Environment.ProcessId}.tmp";
            DeleteDatabase(building);
            await using (var db = await Store.OpenAsync(new StoreLocation(building)))
            {
                if (options.Roster)
                {
                    var entries = RosterReader.Read(roster);
                    if (!entries.IsValid) throw new InvalidOperationException(string.Join(Environment.NewLine, entries.Problems.Take(5)));
                    await RosterStore.ApplyAsync(db, entries.Entries, DateTimeOffset.UnixEpoch, dryRun: false);
                }
            }

            Checkpoint(building);
            File.Move(building, template);
        }

        if (!File.Exists(export)) Atomically(export, path => ImportData.WriteResponses(path, options.Rows, options.Pairs));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"input ready in {clock.Elapsed.TotalSeconds:F0} s: {export} ({Mb(new FileInfo(export).Length):F0} MB); database before the import: {template}"));
        Console.WriteLine();
    }

    /// <summary>
    /// What was stored, in file order, without the ids and batch (which differ between databases). Item values and
    /// answer texts are read back through their codecs and hashed in the one form every version stored them in before
    /// the ResponsesKeepOnlyTheirKey migration (doubles, a JSON array of every cell's text): the digest shows that the
    /// same information is stored, whichever form it is stored in.
    /// </summary>
    private static async Task<string> Digest(string db)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var itemCounts = new Dictionary<long, int>();
        await using (var versions = connection.CreateCommand())
        {
            versions.CommandText = "SELECT Id, InstrumentId, DefinitionJson FROM instrument_versions";
            await using var reader = await versions.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                itemCounts[reader.GetInt64(0)] = InstrumentDefinition.Parse(reader.GetString(2), reader.GetString(1)).Instrument!.Items.Count;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT RespondentId, PairId, PairKey, Role, WaveId, InstrumentId, InstrumentVersionId, RepeatInstance,
                   SubmittedAt, Partial, SourceRow, ItemValues, OriginalAnswers
            FROM responses ORDER BY SourceRow
            """;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            var fields = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(fields);
                var values = ItemValueCodec.Unpack((byte[])fields[11], itemCounts[(long)fields[6]]);
                fields[11] = Convert.ToHexString(MemoryMarshal.AsBytes(values.AsSpan()));
                fields[12] = JsonSerializer.Serialize(AnswerTextCodec.Read((string)fields[12], values));
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', fields.Select(f => Convert.ToString(f, CultureInfo.InvariantCulture))) + "\u001e"));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static void Describe(Options options)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {cpu ?? "?"}, {memory ?? "?"} RAM, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        var roster = options.Roster ? $"every row linked to a stored roster of {options.Pairs:N0} pairs" : "no roster (rows keep their pair id and role, unlinked)";
        var store = options.Postgres is { } server ? $"PostgreSQL ({new StoreLocation(server).Display})" : "SQLite";
        Console.WriteLine($"import of {options.Rows:N0} rows into {store}, {roster}; {options.Runs} runs, each in a new process into a fresh copy of the database");
    }

    private static string InstrumentsFolder()
    {
        // The repository's library when run from the source tree, else the copy shipped beside the CLI.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MentorEval.sln"))) return Path.Combine(dir.FullName, "instruments");
        }

        return Path.Combine(AppContext.BaseDirectory, "instruments");
    }

    private static void Atomically(string path, Action<string> write)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        write(temporary);
        File.Move(temporary, path, overwrite: true);
    }

    private static void Checkpoint(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    private static void DeleteDatabase(string db)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" }) File.Delete(db + suffix);
    }

    private static async Task<long> SizeAsync(string db, Options options) =>
        options.Postgres is { } server ? await PostgresRuns.SizeAsync(server, new Npgsql.NpgsqlConnectionStringBuilder(db).Database!) : new FileInfo(db).Length;

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    /// <summary>The 1-minute load average: the machine is shared, so each run says how busy it was.</summary>
    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Line(string what, IEnumerable<double> values, string unit, string format)
    {
        var sorted = values.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        string F(double v) => v.ToString(format, CultureInfo.InvariantCulture);
        return $"  {what,-22}{F(median),10} {unit,-3} [{F(sorted[0])} – {F(sorted[^1])}]";
    }

    private sealed record Options(int Rows, int Pairs, bool Roster, int Runs, string Work, bool Digest, bool Keep, string? Postgres)
    {
        public static Options? Parse(string[] args)
        {
            int rows = 1_000_000, runs = 3;
            int? pairs = null;
            var work = Path.Combine(Path.GetTempPath(), "mentoreval-import-bench");
            bool roster = true, digest = false, keep = false;
            string? postgres = null;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--rows" when i + 1 < args.Length: rows = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--pairs" when i + 1 < args.Length: pairs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--work" when i + 1 < args.Length: work = Path.GetFullPath(args[++i]); break;
                    case "--no-roster": roster = false; break;
                    case "--digest": digest = true; break;
                    case "--keep": keep = true; break;
                    case "--postgres" when i + 1 < args.Length: postgres = args[++i]; break;
                    default: return null;
                }
            }

            return rows > 0 && runs > 0 && !(digest && postgres is not null)
                ? new Options(rows, pairs ?? (rows + 1) / 2, roster, runs, work, digest, keep, postgres)
                : null;
        }
    }
}
