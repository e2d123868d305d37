using System.Text;
using CsCheck;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Hostile;

/// <summary>
/// The standing guard, part two: generated hostile input (random bytes, random CSV structure, random encodings, random
/// option values, random output paths), each case run through <see cref="HostileRun"/>. The cases come from CsCheck
/// generators pinned by a fixed seed, so every run tries the same ones; to explore new ones, change a seed and run
/// locally, then keep any case that broke as a row of <see cref="HostileCaseTests"/>. Every broken case is listed at
/// once, with its command line, so one run shows the whole picture.
/// </summary>
public sealed class HostileGeneratedTests
{
    private const string Header = "respondent_id,pair_id,role,wave,submitted_at,listens,goals,trust,cancelled,meetings,comment";

    // Texts that have broken parsers, terminals and spreadsheets somewhere: control and format characters, markup,
    // formulas, look-alikes, separators, quotes, numbers at their limits, paths.
    private static readonly string[] Hostile =
    [
        "", " ", "\t", "\u0000", "\u001b[2J\u0007", "\r\n", "\n", "\"", "\"\"", "'", ",", ";", "|", "=SUM(A1:A9)", "+1", "-1", "@cmd",
        "<script>alert(1)</script>", "../../etc/passwd", "NaN", "Infinity", "-0", "1e308", "99999999999999999999", "0x10",
        "\u200B", "\uFEFF", "\u202E", "\u041CT-01", "MT-01\u200B", "mt-01", "Strongly agree", "N/A", "-99", "4.5", "4,5",
        "2025-02-30", "0001-01-01", "9999-12-31", "not a date", "\uD800", "😀", "ÆØÅ", new string('x', 5000),
    ];

    private static readonly string[] Columns = ["respondent_id", "pair_id", "role", "wave", "submitted_at", "listens", "goals", "trust", "cancelled", "meetings", "comment"];

    private static Gen<string> Cell => Gen.Frequency(
        (4, Gen.OneOf(Hostile)),
        (3, Gen.Int[-3, 40].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.OneOf("MT-01", "ME-01", "MT-02", "P-101", "P-102", "P-999", "mentor", "mentee", "2024-06", "2024-07", "2024-06-03")),
        (1, Gen.String[Gen.Char, 0, 40]));

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', ';', '"', '\n', '\r', '\t', '|']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    /// <summary>A CSV whose header and rows are shuffled, cut, padded and joined in random ways.</summary>
    private static Gen<string> Csv =>
        Gen.Select(
            Gen.Shuffle(Columns).Select(Gen.Int[0, Columns.Length], (cols, keep) => cols.Take(Math.Max(1, keep)).ToArray()),
            Gen.OneOf(",", ";", "\t", "|"),
            Gen.OneOf("\n", "\r\n", "\r"),
            Cell.Array[0, 14].Array[0, 12],
            Gen.Bool)
        .Select((header, separator, newline, rows, quoteAll) =>
        {
            var text = new StringBuilder(string.Join(separator, header)).Append(newline);
            foreach (var row in rows) text.Append(string.Join(separator, quoteAll ? row.Select(Quote) : row)).Append(newline);
            return text.ToString();
        });

    private static Gen<byte[]> Encoded => Gen.Select(Csv, Gen.Int[0, 8], Gen.Int[0, 100]).Select((csv, encoding, cut) =>
    {
        var text = Header + "\n" + "MT-01,P-101,mentor,2024-07,2024-07-01,4,4,4,2,3,ÆØÅ 😀\n" + csv;
        var bytes = encoding switch
        {
            0 => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            1 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            2 => Encoding.Unicode.GetBytes(text),
            3 => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
            4 => Encoding.BigEndianUnicode.GetBytes(text),
            5 => Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(text)).ToArray(),
            6 => Encoding.Latin1.GetBytes(text),
            7 => [0xEF, 0xBB, .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };
        // Some files end mid-character, as a download cut short does.
        return cut < 20 ? bytes[..(bytes.Length * cut / 20)] : bytes;
    });

    private static async Task<ProgramFolder> ProgramAsync()
    {
        var program = new ProgramFolder(StoreKind.Sqlite);
        await program.ImportRosterAsync();
        (await program.ImportAsync("exports/generic.csv")).Summary.Imported.ShouldBe(3);
        return program;
    }

    private static async Task ShouldAllHoldAsync(ProgramFolder program, IEnumerable<string[]> commandLines)
    {
        var broken = new List<string>();
        foreach (var args in commandLines)
        {
            var outcome = await HostileRun.CheckAsync(program, args);
            if (outcome.Broken.Count > 0)
                broken.Add($"mentoreval {string.Join(' ', args.Select(a => HostileRun.Cut(a)))}\n  → {string.Join("\n  → ", outcome.Broken)}");
        }

        broken.ShouldBeEmpty(string.Join("\n", broken));
    }

    private static string[] Import(string file, params string[] options) => ["import", file, "--instrument", "pair-pulse", .. options];

    private static string[] Score(string file, params string[] options) => ["score", file, "--instrument", "pair-pulse", .. options];

    [Fact]
    public async Task Random_bytes_as_an_export_or_a_roster_are_refused_or_read_never_crash()
    {
        using var program = await ProgramAsync();
        var files = Gen.Byte.Array[0, 3000].Array[24].Single(_ => true, "7wyEJEZbGIL2");

        await ShouldAllHoldAsync(program, files.SelectMany((bytes, i) =>
        {
            var name = $"random/bytes-{i}.csv";
            Directory.CreateDirectory(program.PathOf("random"));
            File.WriteAllBytes(program.PathOf(name), bytes);
            return new[] { Import(name), Import(name, "--strict"), Score(name), ["roster", "import", name] };
        }).ToList());
    }

    [Fact]
    public async Task Random_csv_structure_is_imported_row_by_row_or_refused_never_crashes()
    {
        using var program = await ProgramAsync();
        var files = Csv.Array[30].Single(_ => true, "7wyEJEZbGIL2");

        await ShouldAllHoldAsync(program, files.SelectMany((csv, i) =>
        {
            var name = $"random/structure-{i}.csv";
            Directory.CreateDirectory(program.PathOf("random"));
            // Encoding.UTF8 writes a lone surrogate as U+FFFD, as any editor saving the file would.
            File.WriteAllBytes(program.PathOf(name), Encoding.UTF8.GetBytes(csv));
            return new[] { Import(name, "--partial", i % 2 == 0 ? "keep" : "skip"), Import(name, "--strict", "--wave", "2024-08"), Score(name) };
        }).ToList());
    }

    [Fact]
    public async Task Random_encodings_and_files_cut_short_are_read_or_refused_never_crash()
    {
        using var program = await ProgramAsync();
        var files = Encoded.Array[24].Single(_ => true, "7wyEJEZbGIL2");

        await ShouldAllHoldAsync(program, files.SelectMany((bytes, i) =>
        {
            var name = $"random/encoded-{i}.csv";
            Directory.CreateDirectory(program.PathOf("random"));
            File.WriteAllBytes(program.PathOf(name), bytes);
            return new[] { Import(name), Score(name) };
        }).ToList());
    }

    [Fact]
    public async Task Random_option_values_are_checked_at_the_door_never_crash()
    {
        using var program = await ProgramAsync();
        var value = Gen.Frequency((3, Gen.OneOf(Hostile)), (1, Gen.String[Gen.Char, 0, 30]));
        var commands = Gen.Select(Gen.Int[0, 9], value, value).Select((command, a, b) => command switch
        {
            0 => Import("exports/generic.csv", "--wave", a, "--replace"),
            1 => Import("exports/generic.csv", "--cohort", a, "--role", b, "--dry-run"),
            2 => Import("exports/generic.csv", "--partial", a, "--missing", b, "--dry-run"),
            3 => Import("exports/generic.csv", "--format", a, "--respondent-column", b, "--dry-run"),
            4 => ["analyze", "--cohort", a, "--wave", b],
            5 => ["analyze", "--cohort", "2024-spring", "--min-cell", a],
            6 => ["risk", "predict", "--cohort", a, "--flag-share", b],
            7 => ["risk", "explain", "--pair", a, "--as-of-wave", b],
            8 => ["risk", "predict", "--cohort", "2024-spring", "--min-recall", a],
            _ => Score("exports/generic.csv", "--missing", a, "--role", b),
        }).Array[40].Single(_ => true, "7wyEJEZbGIL2");

        await ShouldAllHoldAsync(program, commands);
    }

    [Fact]
    public async Task Random_output_paths_never_overwrite_the_database_an_input_or_a_definition()
    {
        using var program = await ProgramAsync();
        File.CreateSymbolicLink(program.PathOf("db-link"), program.Database);
        File.CreateSymbolicLink(program.PathOf("export-link.csv"), program.PathOf("bad/unknown-pair.csv"));
        string[] paths =
        [
            program.Database, program.Database + "-wal", program.Database + "-shm", program.Database + "-journal", "db-link",
            "bad/unknown-pair.csv", "./bad/unknown-pair.csv", "bad/../bad/unknown-pair.csv", program.PathOf("bad/unknown-pair.csv"),
            "export-link.csv", "exports/generic.csv", "instruments/pair-pulse.json", "roster.csv", "exports", ".", "/dev/full",
            "/proc/version", "roster.csv/inside.csv", "", " ", "out-\u001b[2J.csv", "out-\n.csv", "out-" + new string('p', 300) + ".csv",
            "out-fine.csv", "out-new/nested/file.csv",
        ];
        var commands = Gen.Select(Gen.Int[0, 5], Gen.OneOf(paths)).Select((command, path) => command switch
        {
            0 => Import("bad/unknown-pair.csv", "--rejects", path),
            1 => Score("bad/unknown-pair.csv", "--out", path),
            2 => Score("bad/unknown-pair.csv", "--reliability", path),
            3 => ["risk", "predict", "--cohort", "2024-spring", "--out", path],
            4 => ["risk", "train", "--model", path],
            _ => Import("bad/unknown-pair.csv", "--rejects", path, "--replace"),
        }).Array[40].Single(_ => true, "7wyEJEZbGIL2");

        await ShouldAllHoldAsync(program, commands);
    }
}
