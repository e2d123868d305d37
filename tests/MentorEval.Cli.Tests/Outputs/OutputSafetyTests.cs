using System.Runtime.Versioning;
using MentorEval.Cli.App;
using MentorEval.Cli.Tests.Support;
using MentorEval.Storage.Database;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Outputs;

/// <summary>
/// Every file MentorEval writes for a user (rejects, scores, reliability, risk lists, models and their cards, reports,
/// definitions) is written beside its place and moved in only when complete, never replaces the database, an input of
/// the same command or a definition, and fails with a message that names the file and a fix. Each case checks that the
/// database file and the export are byte for byte what they were.
/// </summary>
// Devices (/dev/full), links and folder modes as Linux has them.
[UnsupportedOSPlatform("windows")]
public sealed class OutputSafetyTests : IDisposable
{
    private readonly ProgramFolder program = new(StoreKind.Sqlite);

    public void Dispose() => program.Dispose();

    // The database is a SQLite file in the program folder; {db} is its absolute path.
    [Theory]
    [InlineData("import", "bad/unknown-pair.csv", "--instrument", "pair-pulse", "--rejects", "{db}")]
    [InlineData("import", "bad/unknown-pair.csv", "--instrument", "pair-pulse", "--rejects", "./program.db")]
    [InlineData("import", "bad/unknown-pair.csv", "--instrument", "pair-pulse", "--rejects", "exports/../program.db")]
    [InlineData("import", "bad/unknown-pair.csv", "--instrument", "pair-pulse", "--rejects", "program.db-wal")]
    [InlineData("import", "bad/unknown-pair.csv", "--instrument", "pair-pulse", "--rejects", "program.db-journal")]
    [InlineData("score", "exports/generic.csv", "--instrument", "pair-pulse", "--out", "program.db")]
    [InlineData("score", "exports/generic.csv", "--instrument", "pair-pulse", "--reliability", "{db}")]
    [InlineData("risk", "predict", "--cohort", "2024-spring", "--out", "program.db")]
    [InlineData("risk", "train", "--model", "program.db")]
    public async Task An_output_that_names_the_database_is_refused_before_anything_runs(params string[] args)
    {
        await StoreSomeResponsesAsync();
        var before = Files.Of(program.Database, program.PathOf("bad/unknown-pair.csv"), program.PathOf("exports/generic.csv"));

        var run = await program.RunAsync([.. args.Select(a => a.Replace("{db}", program.Database))]);

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain(args[^1].EndsWith("-wal") ? "the database's -wal file" : args[^1].EndsWith("-journal") ? "the database's -journal file" : "is the program's database");
        run.Output.ShouldContain($"Choose another {args[^2]} path.");
        before.ShouldBeUnchanged();
        File.Exists(program.Database + "-wal").ShouldBeFalse();
    }

    [Theory]
    [InlineData("symbolic")]
    [InlineData("hard")]
    public async Task A_link_to_the_database_is_refused_like_the_database_itself(string link)
    {
        await StoreSomeResponsesAsync();
        var linked = program.PathOf("scores.csv");
        if (link == "symbolic") File.CreateSymbolicLink(linked, program.Database);
        else HardLink(program.Database, linked);
        var before = Files.Of(program.Database);

        var run = await program.RunAsync("score", "exports/generic.csv", "--instrument", "pair-pulse", "--out", "scores.csv");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain($"--out \"{linked}\" is the program's database");
        before.ShouldBeUnchanged();
    }

    [Theory]
    [InlineData("score", "exports/generic.csv", "--instrument", "pair-pulse", "--out", "exports/generic.csv")]
    [InlineData("score", "exports/generic.csv", "--instrument", "pair-pulse", "--reliability", "./exports/../exports/generic.csv")]
    [InlineData("import", "exports/generic.csv", "--instrument", "pair-pulse", "--rejects", "exports/generic.csv")]
    [InlineData("import", "exports/generic.csv", "--instrument", "pair-pulse", "--map", "map.json", "--rejects", "map.json")]
    public async Task An_output_that_names_a_file_the_same_command_reads_is_refused(params string[] args)
    {
        program.Write("map.json", """{ "columns": { "listens": "listens" } }""");
        await program.ImportRosterAsync();
        var before = Files.Of(program.Database, program.PathOf("exports/generic.csv"), program.PathOf("map.json"));

        var run = await program.RunAsync(args);

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain(args[^1] == "map.json" ? "is the mapping file" : "is the survey export");
        before.ShouldBeUnchanged();
    }

    [Theory]
    [InlineData("score", "exports/generic.csv", "--instrument", "pair-pulse", "--out", "instruments/scores.json")]
    [InlineData("import", "bad/unknown-pair.csv", "--instrument", "pair-pulse", "--rejects", "instruments/rejects.json")]
    [InlineData("risk", "train", "--model", "instruments/model.zip")]
    public async Task An_output_in_the_instrument_definitions_folder_is_refused(params string[] args)
    {
        await StoreSomeResponsesAsync();
        var definitions = Directory.GetFiles(program.PathOf("instruments"));
        var before = Files.Of([program.Database, .. definitions]);

        var run = await program.RunAsync(args);

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain("is in the instrument definitions folder");
        Directory.GetFiles(program.PathOf("instruments")).ShouldBe(definitions, ignoreOrder: true);
        before.ShouldBeUnchanged();
    }

    [Fact]
    public async Task The_demo_refuses_an_output_folder_whose_database_is_the_programs_own()
    {
        await StoreSomeResponsesAsync();
        var database = program.PathOf(StoreLocation.DefaultFile);
        File.Copy(program.Database, database);
        var before = Files.Of(database);

        // No --db: the program's database is ./mentoreval.db, the very file the demo would start afresh.
        var run = await CliHarness.RunAsync(program.Path, "demo", "--out", ".", "--json");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain("is the program's database");
        before.ShouldBeUnchanged();
    }

    [Fact]
    public async Task Rejects_that_cannot_be_written_stop_the_import_before_the_commit()
    {
        await program.ImportRosterAsync();
        var before = Files.Of(program.Database, program.PathOf("bad/unknown-pair.csv"));

        // Two rows are good and one is rejected; the rejects file is on a full disk.
        var run = await program.RunAsync("import", "bad/unknown-pair.csv", "--instrument", "pair-pulse", "--rejects", "/dev/full");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain("Could not write the rejects file \"/dev/full\": the disk is full");
        run.Output.ShouldContain("Free some disk space, or choose another --rejects path on a disk with room. Nothing was stored.");
        run.Output.ShouldNotContain("unexpected problem");
        before.ShouldBeUnchanged();
        (await program.ResponsesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Rejects_that_fill_the_disk_while_the_import_runs_stop_it_and_nothing_is_stored()
    {
        await program.ImportRosterAsync();
        // Far more rejected rows than any buffer holds, so the disk is found full in the middle of the import.
        var rows = Enumerable.Range(1, 3000).Select(i => $"MT-{i},P-{i + 1000},mentor,2024-06,2024-06-01,4,4,4,2,3,");
        program.Write("many-unknown-pairs.csv", "respondent_id,pair_id,role,wave,submitted_at,listens,goals,trust,cancelled,meetings,comment\n" +
                                                "MT-02,P-102,mentor,2024-06,2024-06-01,4,4,4,2,3,\n" + string.Join("\n", rows) + "\n");
        var before = Files.Of(program.Database, program.PathOf("many-unknown-pairs.csv"));

        var run = await program.RunAsync("import", "many-unknown-pairs.csv", "--instrument", "pair-pulse", "--rejects", "/dev/full");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain("Could not write the rejects file \"/dev/full\": the disk is full");
        run.Output.ShouldContain("Nothing was stored.");
        before.ShouldBeUnchanged();
    }

    [Fact]
    public async Task A_folder_as_the_rejects_file_is_refused_with_a_fix()
    {
        await program.ImportRosterAsync();
        var before = Files.Of(program.Database, program.PathOf("bad/unknown-pair.csv"));

        var run = await program.RunAsync("import", "bad/unknown-pair.csv", "--instrument", "pair-pulse", "--rejects", "exports");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain($"--rejects \"{program.PathOf("exports")}\" is a folder; --rejects needs a file path");
        run.Output.ShouldContain("Nothing was stored.");
        run.Output.ShouldNotContain("unexpected problem");
        before.ShouldBeUnchanged();
    }

    [Fact]
    public async Task An_export_on_a_read_only_share_with_rejected_rows_stores_nothing_when_its_rejects_file_cannot_go_beside_it()
    {
        await program.ImportRosterAsync();
        using var share = new ReadOnlyFolder(new TemporaryFolder());
        var export = share.Export("survey.csv", File.ReadAllText(program.PathOf("bad/unknown-pair.csv")));
        var before = Files.Of(program.Database);
        var exportBefore = File.ReadAllBytes(export);

        var run = await program.RunAsync("import", export, "--instrument", "pair-pulse");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain($"Could not write the rejects file \"{Path.Combine(Path.GetDirectoryName(export)!, Path.GetFileNameWithoutExtension(export))}.rejects.csv\"");
        run.Output.ShouldContain("choose another --rejects path");
        run.Output.ShouldContain("Nothing was stored.");
        run.Output.ShouldNotContain("unexpected problem");
        before.ShouldBeUnchanged();
        File.ReadAllBytes(export).ShouldBe(exportBefore);
    }

    [Fact]
    public async Task A_clean_import_with_its_rejects_file_in_a_folder_not_made_yet_stores_its_rows_and_makes_no_folder()
    {
        await program.ImportRosterAsync();

        var run = await program.RunAsync("import", "exports/generic.csv", "--instrument", "pair-pulse", "--rejects", "later/rejects.csv", "--json");

        run.ExitCode.ShouldBe(ExitCode.Success, run.Output);
        new ImportRun(run).Summary.Imported.ShouldBe(3);
        Directory.Exists(program.PathOf("later")).ShouldBeFalse();
    }

    [Fact]
    public async Task An_export_on_a_read_only_share_without_rejected_rows_imports_as_it_needs_no_rejects_file()
    {
        await program.ImportRosterAsync();
        using var share = new ReadOnlyFolder(new TemporaryFolder());
        var export = share.Export("survey.csv", File.ReadAllText(program.PathOf("exports/generic.csv")));

        var run = await program.RunAsync("import", export, "--instrument", "pair-pulse", "--json");

        run.ExitCode.ShouldBe(ExitCode.Success, run.Output);
        var summary = new ImportRun(run).Summary;
        (summary.Imported, summary.Committed, summary.RejectsFile).ShouldBe((3, true, null));
    }

    [Theory]
    [InlineData("score", "exports/generic.csv", "--instrument", "pair-pulse", "--reliability", "{read-only}/reliability.csv")]
    [InlineData("score", "exports/generic.csv", "--instrument", "pair-pulse", "--out", "{read-only}/scores.csv")]
    [InlineData("risk", "train", "--model", "{read-only}/model.zip")]
    [InlineData("risk", "predict", "--cohort", "2024-spring", "--out", "{read-only}/risk.csv")]
    public async Task An_output_in_a_folder_that_cannot_be_written_is_refused_with_a_fix(params string[] args)
    {
        await StoreSomeResponsesAsync();
        using var scratch = new TemporaryFolder();
        using var readOnly = new ReadOnlyFolder(scratch);
        var before = Files.Of(program.Database, program.PathOf("exports/generic.csv"));

        var run = await program.RunAsync([.. args.Select(a => a.Replace("{read-only}", readOnly.Path))]);

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain($"\"{readOnly.Path}/");
        run.Output.ShouldContain("permission denied");
        run.Output.ShouldContain($"Choose another {args[^2]} path, in a folder you can write to.");
        run.Output.ShouldNotContain("unexpected problem");
        before.ShouldBeUnchanged();
    }

    [Theory]
    [InlineData("--out", "/dev/full", "the disk is full")]
    [InlineData("--reliability", "/dev/full", "the disk is full")]
    [InlineData("--out", "exports/generic.csv/scores.csv", "Choose another --out path.")]
    public async Task A_score_file_that_cannot_be_written_fails_with_its_own_message(string option, string target, string expected)
    {
        var before = Files.Of(program.Database, program.PathOf("exports/generic.csv"));

        var run = await program.RunAsync("score", "exports/generic.csv", "--instrument", "pair-pulse", option, target);

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain($"Could not write the {(option == "--out" ? "scores" : "reliability")} file");
        run.Output.ShouldContain(expected);
        run.Output.ShouldNotContain("unexpected problem");
        before.ShouldBeUnchanged();
    }

    [Fact]
    public async Task A_failed_output_leaves_the_files_of_the_same_command_as_they_were_and_no_temporary_file()
    {
        var scores = program.Write("scores.csv", "scores of an earlier run\n");

        var run = await program.RunAsync("score", "exports/generic.csv", "--instrument", "pair-pulse", "--out", "scores.csv", "--reliability", "/dev/full");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        File.ReadAllText(scores).ShouldBe("scores of an earlier run\n");
        Directory.GetFiles(program.Path, "*.partial", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task Outputs_written_as_asked_replace_earlier_files_and_leave_no_temporary_file()
    {
        await program.ImportRosterAsync();
        program.Write("rejects/old.csv", "an earlier run's rejects\n");

        var import = await program.RunAsync("import", "bad/unknown-pair.csv", "--instrument", "pair-pulse", "--rejects", "rejects/old.csv");
        var score = await program.RunAsync("score", "exports/generic.csv", "--instrument", "pair-pulse", "--out", "new/scores.csv", "--reliability", "/dev/null");

        import.ExitCode.ShouldBe(ExitCode.Success, import.Output);
        File.ReadAllLines(program.PathOf("rejects/old.csv"))[0].ShouldBe("file,row,column,severity,code,message,fix,item,value");
        score.ExitCode.ShouldBe(ExitCode.Success, score.Output);
        File.ReadAllLines(program.PathOf("new/scores.csv"))[0].ShouldStartWith("respondent_id,");
        Directory.GetFiles(program.Path, "*.partial", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    /// <summary>A roster and one stored batch, so that the database has rows to lose and risk has a cohort with a wave.</summary>
    private async Task StoreSomeResponsesAsync()
    {
        await program.ImportRosterAsync();
        (await program.ImportAsync("exports/generic.csv")).ExitCode.ShouldBe(0);
    }

    private static void HardLink(string existing, string link)
    {
        var made = System.Diagnostics.Process.Start("ln", [existing, link]);
        made.WaitForExit();
        made.ExitCode.ShouldBe(0);
    }

    /// <summary>The bytes of some files (null for one that does not exist), to show that a command left them as they were.</summary>
    private sealed class Files
    {
        private readonly Dictionary<string, byte[]?> bytes;

        private Files(Dictionary<string, byte[]?> bytes) => this.bytes = bytes;

        public static Files Of(params string[] paths) => new(paths.ToDictionary(p => p, p => File.Exists(p) ? File.ReadAllBytes(p) : null));

        public void ShouldBeUnchanged()
        {
            foreach (var (path, before) in bytes)
                (File.Exists(path) ? File.ReadAllBytes(path) : null).ShouldBe(before, $"{path} changed");
        }
    }
}
