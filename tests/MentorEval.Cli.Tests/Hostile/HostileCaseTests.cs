using System.Text;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Hostile;

/// <summary>
/// The standing guard, part one: every way a user's typing was once found to destroy, falsify or leak data (issue #11),
/// replayed against a program that holds a roster and a batch of responses. Each case must keep the rules of
/// <see cref="HostileRun"/> (no crash, bounded time, files and database intact unless a commit was reported) and end
/// the way the case says. The detailed messages are specified by the tests of each point; this table is the one place a
/// reviewer reruns them all.
/// </summary>
public sealed class HostileCaseTests
{
    private const string Header = "respondent_id,pair_id,role,wave,submitted_at,listens,goals,trust,cancelled,meetings,comment";

    /// <summary>A case: how to prepare the folder (writes files, returns extra arguments' stand-ins), the command line,
    /// the exit code it must end with, and text the output must hold.</summary>
    public sealed record Case(string Name, Func<ProgramFolder, string[]> Arguments, int Exit, params string[] Says)
    {
        public override string ToString() => Name;
    }

    private static string Export(ProgramFolder program, string name, params string[] rows) =>
        program.Write($"exports/{name}", string.Join("\n", [Header, .. rows]) + "\n");

    private static string[] Import(string file, params string[] options) => ["import", file, "--instrument", "pair-pulse", .. options];

    private static readonly Case[] Cases =
    [
        // 1. An output path can be the database or an input.
        new("rejects into the database", p => Import("bad/unknown-pair.csv", "--rejects", p.Database), 1),
        new("rejects into the database's -wal", p => Import("bad/unknown-pair.csv", "--rejects", p.Database + "-wal"), 1),
        new("rejects over the export itself", p => Import("bad/unknown-pair.csv", "--rejects", "bad/unknown-pair.csv"), 1),
        new("rejects over the export spelled another way", p => Import("bad/unknown-pair.csv", "--rejects", "./bad/../bad/unknown-pair.csv"), 1),
        new("rejects through a link to the database", p =>
        {
            File.CreateSymbolicLink(p.PathOf("link.db"), p.Database);
            return Import("bad/unknown-pair.csv", "--rejects", "link.db");
        }, 1),
        new("score over its own export", _ => ["score", "exports/generic.csv", "--instrument", "pair-pulse", "--out", "exports/generic.csv"], 1),
        new("score over an instrument definition", _ => ["score", "exports/generic.csv", "--instrument", "pair-pulse", "--out", "instruments/pair-pulse.json"], 1),
        new("score reliability into the database", p => ["score", "exports/generic.csv", "--instrument", "pair-pulse", "--reliability", p.Database], 1),
        new("risk predictions into the database", p => ["risk", "predict", "--cohort", "2024-spring", "--out", p.Database], 1),
        new("risk model into the database", p => ["risk", "train", "--model", p.Database], 1),

        // 2. A failed output is reported before anything is committed.
        new("rejects to a full disk", _ => Import("bad/unknown-pair.csv", "--rejects", "/dev/full"), 1, "/dev/full"),

        // 3. An answer is checked against the pair it names.
        new("another participant answers for a pair", p => Import(Export(p, "other-member.csv",
            "MT-02,P-101,mentor,2024-07,2024-07-01,4,4,4,2,3,"), "--strict"), 1),
        new("a respondent id in the wrong case", p => Import(Export(p, "wrong-case.csv",
            "mt-01,P-101,mentor,2024-07,2024-07-01,4,4,4,2,3,"), "--strict"), 1, "MT-01"),
        new("a respondent id with a Cyrillic look-alike letter", p => Import(Export(p, "cyrillic.csv",
            "\u041CT-01,P-101,mentor,2024-07,2024-07-01,4,4,4,2,3,"), "--strict"), 1, "MT-01"),
        new("a mentor answering as the mentee", p => Import(Export(p, "wrong-role.csv",
            "MT-01,P-101,mentee,2024-07,2024-07-01,4,4,4,2,3,"), "--strict"), 1),

        // 4. Impossible dates never vanish.
        new("the 30th of February", p => Import(Export(p, "feb-30.csv",
            "MT-01,P-101,mentor,2024-07,2025-02-30,4,4,4,2,3,"), "--strict"), 1, "2025-02-30"),
        new("not a date", p => Import(Export(p, "not-a-date.csv",
            "MT-01,P-101,mentor,2024-07,not a date,4,4,4,2,3,"), "--strict"), 1, "not a date"),
        new("the placeholder date 0001-01-01", p => Import(Export(p, "year-1.csv",
            "MT-01,P-101,mentor,2024-07,0001-01-01,4,4,4,2,3,"), "--strict"), 1, "0001-01-01"),
        new("a row with fewer cells than the header", p => Import(Export(p, "short-row.csv",
            "MT-01,P-101,mentor,2024-07,2024-07-01,4,4"), "--strict"), 1),

        // 6. Names are printable text.
        new("a wave name with terminal escape codes", _ => Import("exports/generic.csv", "--wave", "../../m3\u001b[2J\u0007\nX"), 1),
        new("a cohort name with a bidi override", _ => ["analyze", "--cohort", "2024\u202Espring"], 1),

        // 8. Only regular files are read.
        new("an endless device as the export", _ => Import("/dev/zero"), 1, "/dev/zero"),
        new("a folder as the export", _ => Import("exports"), 1),

        // 9. Write failures get their own message.
        new("a folder as the rejects file", _ => Import("bad/unknown-pair.csv", "--rejects", "exports"), 1, "exports"),
        new("reliability into a folder under a file", _ => ["score", "exports/generic.csv", "--instrument", "pair-pulse", "--reliability", "roster.csv/reliability.csv"], 1, "roster.csv"),
        new("scores into the kernel's read-only files", _ => ["score", "exports/generic.csv", "--instrument", "pair-pulse", "--out", "/proc/version"], 1, "/proc/version"),

        // 10. Another application's database is left alone.
        new("another application's SQLite file", p =>
        {
            var other = p.PathOf("other-app.sqlite");
            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={other};Pooling=False"))
            {
                connection.Open();
                using var create = connection.CreateCommand();
                create.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ana');";
                create.ExecuteNonQuery();
            }

            return ["roster", "import", "roster.csv", "--db", other];
        }, 1, "other-app.sqlite"),
        new("an export given as the database", _ => ["roster", "import", "roster.csv", "--db", "exports/generic.csv"], 1),
        new("an empty database path", _ => ["roster", "import", "roster.csv", "--db", ""], 1),

        // 11. Long values are cut; an @ is a name, not a file to read arguments from.
        new("a ten-megabyte answer", p => Import(Export(p, "huge-value.csv",
            "MT-01,P-101,mentor,2024-07,2024-07-01," + new string('7', 10_000_000) + ",4,4,2,3,"), "--strict"), 1),
        new("a cohort that starts with @", p =>
        {
            p.Write("cmd", "--help\n");
            return ["analyze", "--cohort", "@cmd"];
        }, 1, "@cmd"),
    ];

    public static TheoryData<Case> All() => [.. Cases];

    [Theory]
    [MemberData(nameof(All))]
    public async Task Every_known_hostile_input_is_refused_or_handled_and_leaves_the_program_intact(Case hostile)
    {
        using var program = new ProgramFolder(StoreKind.Sqlite);
        await program.ImportRosterAsync();
        (await program.ImportAsync("exports/generic.csv")).Summary.Imported.ShouldBe(3);
        var arguments = hostile.Arguments(program);
        // A case that names its own --db runs against that database instead of the program's.
        var ownDb = arguments.Contains("--db");

        var outcome = ownDb
            ? await HostileRun.CheckAsync(program, arguments, useProgramDatabase: false)
            : await HostileRun.CheckAsync(program, arguments);

        outcome.Broken.ShouldBeEmpty(HostileRun.Cut(outcome.Output));
        outcome.ExitCode.ShouldBe(hostile.Exit, HostileRun.Cut(outcome.Output));
        foreach (var part in hostile.Says) outcome.Output.ShouldContain(part, Shouldly.Case.Sensitive);
    }

    /// <summary>The ten-megabyte answer is kept whole in the rejects file, while the terminal shows it cut.</summary>
    [Fact]
    public async Task A_huge_rejected_value_is_cut_in_the_message_and_kept_whole_in_the_rejects_file()
    {
        using var program = new ProgramFolder(StoreKind.Sqlite);
        await program.ImportRosterAsync();
        var value = new string('7', 10_000_000);
        program.Write("exports/huge.csv", $"{Header}\nMT-01,P-101,mentor,2024-07,2024-07-01,{value},4,4,2,3,\n");

        var run = await program.RunAsync(Import("exports/huge.csv", "--rejects", "huge.rejects.csv"));

        run.ExitCode.ShouldBe(1, HostileRun.Cut(run.Output));
        run.Output.Length.ShouldBeLessThan(20_000);
        File.ReadAllText(program.PathOf("huge.rejects.csv"), Encoding.UTF8).ShouldContain(value);
    }
}
