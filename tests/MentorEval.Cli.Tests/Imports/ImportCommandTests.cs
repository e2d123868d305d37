using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>`mentoreval import` around the edges of a normal import: doing it twice, trying it first, correcting answers,
/// reading the rejects, and the mistakes people make on the command line.</summary>
public sealed class ImportCommandTests
{
    private const string Header = "respondent_id,pair_id,role,wave,listens,goals,trust,cancelled,meetings,comment";

    [StoreTheory]
    public async Task Importing_the_same_file_again_imports_nothing_and_says_when_it_was_imported(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var first = await program.ImportAsync("exports/generic.csv");
        var before = await program.SnapshotAsync();

        var again = await program.RunAsync("import", "exports/generic.csv", "--instrument", "pair-pulse");

        again.ExitCode.ShouldBe(0);
        again.Output.ShouldContain("Already imported");
        again.Output.ShouldContain($"as batch {first.Summary.BatchId} (3 responses); nothing was imported again.");
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
    }

    [StoreTheory]
    public async Task A_file_imported_before_can_be_taken_again_with_replace_once_the_roster_knows_its_pairs(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        // First the roster lacks pair P-103, so its rows are rejected; the roster is fixed, then the same file is taken again.
        program.Write("partial-roster.csv", string.Join("\n", File.ReadAllLines(Path.Combine(program.Path, "roster.csv")).Where(l => !l.StartsWith("P-103,"))) + "\n");
        await program.RunAsync("roster", "import", "partial-roster.csv");
        var first = await program.ImportAsync("exports/generic.csv");
        first.Summary.Rejected.ShouldBeGreaterThan(0);
        await program.ImportRosterAsync();

        var again = await program.ImportAsync("exports/generic.csv", "--replace");

        again.ExitCode.ShouldBe(0);
        again.Summary.AlreadyImported.ShouldBeNull();
        (again.Summary.Imported + again.Summary.Replaced).ShouldBe(3);
        again.Summary.Rejected.ShouldBe(0);
    }

    [StoreTheory]
    public async Task A_dry_run_checks_every_row_but_stores_nothing_so_the_real_import_can_follow(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();

        var dryRun = await program.ImportAsync("exports/qualtrics.csv", "--wave", "2024-04", "--dry-run");

        dryRun.ExitCode.ShouldBe(0);
        (dryRun.Summary.DryRun, dryRun.Summary.Committed, dryRun.Summary.Imported, dryRun.Summary.Skipped).ShouldBe((true, false, 5, 1));
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
        (await program.RunAsync("import", "exports/qualtrics.csv", "--instrument", "pair-pulse", "--wave", "2024-04", "--dry-run"))
            .Output.ShouldContain("Dry run: nothing was stored.");

        var real = await program.ImportAsync("exports/qualtrics.csv", "--wave", "2024-04");

        (real.Summary.Committed, real.Summary.Imported).ShouldBe((true, 5));
    }

    [StoreTheory]
    public async Task Corrected_answers_are_duplicates_unless_replace_overwrites_the_stored_ones(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        await program.ImportAsync("exports/generic.csv");
        program.Write("corrected.csv", $"""
            {Header}
            MT-01,P-101,mentor,2024-06,5,5,5,1,4,corrected
            ME-01,P-101,mentee,2024-06,4,4,4,2,4,
            """);

        var withoutReplace = await program.ImportAsync("corrected.csv");

        withoutReplace.ExitCode.ShouldBe(1);
        (withoutReplace.Summary.Imported, withoutReplace.Summary.Rejected).ShouldBe((0, 2));
        withoutReplace.Summary.FirstRejects[0].Fix.ShouldBe("Use --replace to overwrite a stored one.");

        var replaced = await program.ImportAsync("corrected.csv", "--replace");

        replaced.ExitCode.ShouldBe(0);
        (replaced.Summary.Imported, replaced.Summary.Replaced, replaced.Summary.Committed).ShouldBe((0, 2, true));
        var stored = await program.ResponsesAsync();
        stored.Count.ShouldBe(3);
        var mentor = stored.Single(r => r.RespondentId == "MT-01");
        (mentor.BatchId, mentor.SourceRow).ShouldBe((replaced.Summary.BatchId!.Value, 2));
        mentor.Values.ShouldBe([5, 5, 5, 1, 4, double.NaN]);
        mentor.Answers[5].ShouldBe("corrected");
        stored.Single(r => r.RespondentId == "MT-03").Values[0].ShouldBe(2);
    }

    [StoreTheory]
    public async Task Rejected_cells_go_to_a_rejects_csv_beside_the_export_with_formulas_defused(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("formulas.csv", $"""
            {Header}
            MT-02,P-102,mentor,2024-07,=1+1,4,4,2,3,
            ME-02,P-102,mentee,2024-07,5,@SUM(A1),4,1,2,
            MT-05,P-105,mentor,2024-07,4,4,4,2,3,
            """);

        var run = await program.ImportAsync("formulas.csv");

        run.ExitCode.ShouldBe(0);
        run.Summary.RejectsFile.ShouldBe(program.PathOf("formulas.rejects.csv"));
        var lines = File.ReadAllLines(program.PathOf("formulas.rejects.csv"));
        lines[0].ShouldBe("file,row,column,severity,code,message,fix,item,value");
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("formulas.csv,2,listens,error,response.answer-invalid,\"listens: \"\"=1+1\"\" is not an answer on this item's scale;");
        lines[1].ShouldEndWith(",\"Correct the cell to one of the answers listed, or empty it to count it as missing.\",listens,'=1+1");
        lines[2].ShouldStartWith("formulas.csv,3,goals,error,response.answer-invalid,");
        lines[2].ShouldEndWith(",\"Correct the cell to one of the answers listed, or empty it to count it as missing.\",goals,'@SUM(A1)");
    }

    [StoreTheory]
    public async Task A_rejects_file_from_an_earlier_run_is_removed_when_the_corrected_file_has_no_rejects(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("wave.csv", $"{Header}\nMT-02,P-102,mentor,2024-07,4,9,4,2,3,\n");
        (await program.ImportAsync("wave.csv", "--rejects", "out/rejected.csv")).Summary.Rejected.ShouldBe(1);
        File.Exists(program.PathOf("out/rejected.csv")).ShouldBeTrue();
        program.Write("wave.csv", $"{Header}\nMT-02,P-102,mentor,2024-07,4,5,4,2,3,\n");

        var run = await program.ImportAsync("wave.csv", "--rejects", "out/rejected.csv");

        (run.Summary.Imported, run.Summary.RejectsFile).ShouldBe((1, null));
        File.Exists(program.PathOf("out/rejected.csv")).ShouldBeFalse();
    }

    [StoreTheory]
    public async Task A_file_whose_columns_match_no_item_is_refused_with_a_hint_to_map_them(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("other-survey.csv", "respondent_id,pair_id,role,wave,how_was_it,would_recommend\nMT-02,P-102,mentor,2024-07,4,yes\n");

        var run = await program.ImportAsync("other-survey.csv");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("error: other-survey.csv: No column of this file matches an item of \"pair-pulse\" (by id, alias, survey-tool id or question text).");
        run.Output.ShouldContain("Check --instrument; or write a mapping template with --write-map map.json, complete it, and import with --map map.json.");
    }

    [Fact]
    public async Task An_unknown_instrument_is_refused_with_the_known_ones_listed()
    {
        using var program = new ProgramFolder(StoreKind.Sqlite);
        var run = await program.RunAsync("import", "exports/generic.csv", "--instrument", "pair-pulsar");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("No instrument \"pair-pulsar\"");
        run.Output.ShouldContain("Known: pair-pulse.");
        File.Exists(program.Database).ShouldBeFalse();
    }

    [Fact]
    public async Task A_missing_file_is_refused_with_the_path_it_was_looked_for_at()
    {
        using var program = new ProgramFolder(StoreKind.Sqlite);
        var run = await program.RunAsync("import", "exports/wave-9.csv", "--instrument", "pair-pulse");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain($"No survey export at \"{program.PathOf("exports/wave-9.csv")}\". Check the path");
        File.Exists(program.Database).ShouldBeFalse();
    }

    [Fact]
    public async Task A_database_server_that_cannot_be_reached_is_refused_with_what_to_check_and_no_password_shown()
    {
        using var program = new ProgramFolder(StoreKind.Sqlite);

        var run = await CliHarness.RunAsync(program.Path, "import", "exports/generic.csv", "--instrument", "pair-pulse",
            "--db", "Host=127.0.0.1;Port=1;Database=program;Username=leader;Password=s3cret");

        run.ExitCode.ShouldBe(1);
        // The database as diagnostics name it (its connection string, without the password), then what went wrong.
        run.Output.ShouldStartWith("error: ");
        run.Output.ShouldContain(": Could not reach the PostgreSQL server at 127.0.0.1:1");
        run.Output.ShouldContain("Check Host and Port");
        run.Output.ShouldNotContain("s3cret");
    }
}
