using MentorEval.Cli.Tests.Support;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// Values a user types or a file carries that must never be stored wrong or act on the terminal (issue #11): submitted
/// times that are no dates, names with control characters, files that never end, values of megabytes, and a name that
/// starts with '@'. Each ends in a clear message, in bounded time, with the database unchanged unless a commit was reported.
/// </summary>
public sealed class HostileValueTests
{
    private const string Header = "respondent_id,pair_id,role,wave,submitted_at,listens,goals,trust,cancelled,meetings,comment";

    // Generous: each command here takes well under a second once it refuses; before the fixes /dev/zero never ended.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static readonly string[] ImpossibleDates = ["2025-02-30", "not a date", "0001-01-01"];

    private static string Export(params string[] submitted) =>
        string.Join("\n", [Header, .. submitted.Select((at, i) => $"{(i % 2 == 0 ? "MT-01,P-101,mentor" : "ME-01,P-101,mentee")},w{i},{at},4,4,5,2,3,")]) + "\n";

    [StoreTheory]
    public async Task Impossible_submission_dates_reject_their_rows_with_the_cell_the_value_and_the_fix(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("dates.csv", Export([.. ImpossibleDates, "2024-06-03T18:02:11Z"]));

        var run = await program.ImportAsync("dates.csv");

        run.ExitCode.ShouldBe(0, run.Output);
        (run.Summary.Imported, run.Summary.Rejected).ShouldBe((1, 3));
        run.Summary.FirstRejects.Select(r => (r.Row, r.Column, r.Value)).ShouldBe(
            ImpossibleDates.Select((at, i) => ((int?)(i + 2), (string?)"\"submitted_at\" (E)", (string?)at)));
        run.Summary.FirstRejects.ShouldAllBe(r => r.Fix!.Contains("import with --partial keep"));
        (await program.ResponsesAsync()).ShouldHaveSingleItem().SubmittedAt.ShouldBe(new DateTimeOffset(2024, 6, 3, 18, 2, 11, TimeSpan.Zero));
    }

    [StoreTheory]
    public async Task With_partial_keep_an_impossible_date_is_stored_as_missing_with_its_text_kept_and_flagged(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("dates.csv", Export(ImpossibleDates));

        var run = await program.ImportAsync("dates.csv", "--partial", "keep");

        run.ExitCode.ShouldBe(0, run.Output);
        (run.Summary.Imported, run.Summary.Rejected, run.Summary.Flagged).ShouldBe((3, 0, 3));
        run.Summary.FirstFlagged.Select(f => f.Value).ShouldBe(ImpossibleDates);
        (await program.ResponsesAsync()).ShouldAllBe(r => r.SubmittedAt == null);
        (await KeptSubmittedTextsAsync(program)).ShouldBe(ImpossibleDates);
        var terminal = await program.RunAsync("import", "dates.csv", "--instrument", "pair-pulse", "--partial", "keep", "--replace", "--dry-run");
        terminal.Output.ShouldContain("flagged");
        terminal.Output.ShouldContain("row 2, column \"submitted_at\" (E): \"2025-02-30\" is not a date on the calendar");
    }

    [StoreTheory]
    public async Task A_submission_date_far_outside_the_programs_span_is_stored_and_counted_as_flagged(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("future.csv", Export("2099-01-01", "9999-12-31", "2024-06-03"));

        var run = await program.ImportAsync("future.csv");

        (run.ExitCode, run.Summary.Imported, run.Summary.Flagged).ShouldBe((0, 3, 2), run.Output);
        run.Summary.FirstFlagged.Select(f => f.Row).ShouldBe([2, 3]);
        run.Summary.FirstFlagged.ShouldAllBe(f => f.Message.Contains("more than a year after this import"));
    }

    [StoreTheory]
    public async Task A_row_with_fewer_cells_than_the_header_is_rejected_like_one_with_more(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("ragged.csv", $"{Header}\nMT-01,P-101,mentor,w1,2024-06-03,4,4,5,2,3,\nME-01,P-101,mentee,w1,2024-06-03,4,4,5\nMT-03,P-103,mentor,w1,2024-06-03,4,4,5,2,3,fine,extra\n");

        var run = await program.ImportAsync("ragged.csv");

        (run.ExitCode, run.Summary.Imported, run.Summary.Rejected).ShouldBe((0, 1, 2), run.Output);
        run.Summary.FirstRejects.Select(r => (r.Row, r.Column)).ShouldBe([(3, "I"), (4, "L")]);
        run.Summary.FirstRejects[0].Message.ShouldStartWith("This row has 8 cells but the header has 11 columns: cells I–K are missing.");
        run.Summary.FirstRejects[1].Message.ShouldStartWith("This row has 12 cells but the header has 11 columns");
    }

    [StoreTheory]
    public async Task A_wave_name_with_terminal_escape_codes_is_refused_at_the_door_and_the_database_is_unchanged(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();

        var run = await program.RunAsync("import", "exports/generic.csv", "--instrument", "pair-pulse", "--wave", "../../m3\u001b[2J\u0007\nX");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldStartWith("error: --wave: the wave name \"../../m3\\x1b[2J\\x07\\x0aX\" contains the control character \\x1b (character 9)");
        run.Output.ShouldNotContain('\u001b');
        run.Output.ShouldNotContain('\u0007');
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
    }

    [StoreTheory]
    public async Task Names_with_bidi_overrides_or_over_a_hundred_characters_are_refused_wherever_a_name_is_given(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        foreach (var args in new[]
                 {
                     new[] { "import", "exports/generic.csv", "--instrument", "pair-pulse", "--cohort", "2024-\u202espring" },
                     ["import", "exports/generic.csv", "--instrument", "pair-pulse", "--wave", new string('w', 101)],
                     ["import", "exports/generic.csv", "--instrument", "pair-pulse", "--event-wave", "baseline_arm_1=b\u0085x"],
                     ["analyze", "--cohort", "2024-spring", "--wave", "\u009b2J"],
                     ["report", "--cohort", "2024-spring", "--program", "Mentors\u2066"],
                 })
        {
            var run = await program.RunAsync(args);

            run.ExitCode.ShouldBe(1, run.Output);
            run.Output.ShouldStartWith($"error: {args[^2]}: the ");
            run.Output.ShouldMatch(@"(control character \\(u202e|x85|x9b|u2066))|(longer than 100 characters)");
        }
    }

    [StoreTheory]
    public async Task A_wave_column_or_roster_cohort_holding_control_characters_is_refused_with_its_row(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        program.Write("bad-roster.csv", "pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status\nP-1,\"a\u001b[31mb\",M1,E1,2024-02-05,2024-11-29,active\n");
        var roster = await program.RunAsync("roster", "import", "bad-roster.csv");
        roster.ExitCode.ShouldBe(1);
        roster.Output.ShouldContain("a\\x1b[31mb");
        roster.Output.ShouldNotContain('\u001b');

        await program.ImportRosterAsync();
        program.Write("waves.csv", $"{Header}\nMT-01,P-101,mentor,\"2024\u001b[2J\",2024-06-03,4,4,5,2,3,\n");

        var run = await program.ImportAsync("waves.csv");

        run.ExitCode.ShouldBe(1);
        var reject = run.Summary.FirstRejects.ShouldHaveSingleItem();
        (reject.Row, reject.Column, reject.Value).ShouldBe((2, "wave", "2024\u001b[2J"));
        reject.Message.ShouldContain("contains the control character \\x1b");
    }

    [StoreTheory]
    public async Task Hostile_text_in_a_file_is_printed_as_visible_escapes_never_as_control_codes(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("hostile\u001b[2J.csv", $"{Header}\nMT-01,\"P-1\u001b[2J\u001b[H\",mentor,2024-06,2024-06-03,\"Agree\u0007\u202e\",4,5,2,3,\n");

        var run = await program.RunAsync("import", "hostile\u001b[2J.csv", "--instrument", "pair-pulse");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("hostile\\x1b[2J.csv");
        run.Output.ShouldContain("P-1\\x1b[2J\\x1b[H");
        run.Output.ShouldContain("Agree\\x07\\u202e");
        run.Output.ShouldNotContain('\u001b');
        run.Output.ShouldNotContain('\u0007');
        run.Output.ShouldNotContain('\u202e');
    }

    [StoreTheory]
    public async Task Dev_zero_is_refused_at_once_as_not_a_regular_file_by_every_command_that_reads_a_file(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();

        foreach (var args in new[]
                 {
                     new[] { "import", "/dev/zero", "--instrument", "pair-pulse" },
                     ["import", "exports/generic.csv", "--instrument", "pair-pulse", "--map", "/dev/zero"],
                     ["score", "/dev/zero", "--instrument", "pair-pulse"],
                     ["roster", "import", "/dev/zero"],
                     ["instruments", "import-redcap", "/dev/zero", "--form", "f", "--out", "f.json"],
                 })
        {
            var run = await program.RunAsync(args).WaitAsync(Bound);

            run.ExitCode.ShouldBe(1, run.Output);
            run.Output.ShouldContain("\"/dev/zero\" is not a regular file");
        }

        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_named_pipe_is_refused_at_once_not_waited_on_for_a_writer()
    {
        using var program = new ProgramFolder(StoreKind.Sqlite);
        var pipe = program.PathOf("export.csv");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe])) await mkfifo.WaitForExitAsync();

        var run = await program.RunAsync("import", "export.csv", "--instrument", "pair-pulse").WaitAsync(Bound);

        run.ExitCode.ShouldBe(1, run.Output);
        run.Output.ShouldContain("is not a regular file");
    }

    [StoreTheory]
    public async Task A_file_with_one_enormous_line_ends_with_a_message_naming_the_file_and_row_and_stores_nothing(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();
        program.Write("huge.csv", $"{Header}\nMT-01,P-101,mentor,2024-06,2024-06-03,4,4,5,2,3,fine\nME-01,P-101,mentee,2024-06,2024-06-03,4,4,5,2,3,{new string('x', 20_000_000)}\n");

        var import = await program.RunAsync("import", "huge.csv", "--instrument", "pair-pulse").WaitAsync(Bound);
        var score = await program.RunAsync("score", "huge.csv", "--instrument", "pair-pulse").WaitAsync(Bound);

        foreach (var run in new[] { import, score })
        {
            run.ExitCode.ShouldBe(1);
            run.Output.ShouldStartWith("error: huge.csv, row 3: A record is larger than 16 MB, so reading stopped here.");
            run.Output.Length.ShouldBeLessThan(2_000);
        }

        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
    }

    [StoreTheory]
    public async Task A_ten_megabyte_bad_value_is_cut_in_the_output_and_kept_whole_in_the_rejects_file(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var value = new string('9', 10_000_000);
        program.Write("big.csv", $"{Header}\nMT-01,P-101,mentor,2024-06,2024-06-03,{value},4,5,2,3,\n");
        program.Write("big-scored.csv", $"{Header}\nMT-01,P-101,mentor,2024-06,2024-06-03,{value},4,5,2,3,\nME-01,P-101,mentee,2024-06,2024-06-03,4,4,5,2,3,\n");

        var terminal = await program.RunAsync("import", "big.csv", "--instrument", "pair-pulse");
        var json = await program.ImportAsync("big.csv");
        var score = await program.RunAsync("score", "big-scored.csv", "--instrument", "pair-pulse", "--json");

        terminal.ExitCode.ShouldBe(1);
        terminal.Output.Length.ShouldBeLessThan(10_000);
        terminal.Output.ShouldContain("(10,000,000 characters)");
        json.Output.Length.ShouldBeLessThan(10_000);
        var reject = json.Summary.FirstRejects.ShouldHaveSingleItem();
        reject.Value.ShouldBe(new string('9', 80) + "… (10,000,000 characters)");
        reject.Message.ShouldStartWith($"listens: {new string('9', 80)}… (10,000,000 characters) is outside the response scale 1–5");
        (score.ExitCode, score.Output.Length < 10_000).ShouldBe((0, true), score.Output[..Math.Min(500, score.Output.Length)]);
        var rejects = File.ReadAllLines(json.Summary.RejectsFile!);
        rejects[1].ShouldStartWith("big.csv,2,listens,error,response.answer-invalid,");
        rejects[1].ShouldEndWith($",listens,{value}");
    }

    [StoreTheory]
    public async Task A_cohort_starting_with_at_is_that_name_not_a_response_file_to_read(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        // Were '@' read as a response file, "--dry-run" in the file "2024-spring" would become an option.
        program.Write("2024-spring", "--dry-run\n");

        var run = await program.ImportAsync("exports/generic.csv", "--cohort", "@2024-spring");

        // Issue #15 §5: a cohort the roster lacks is one message about the file (it was a rejection per row).
        run.ExitCode.ShouldBe(1, run.Output);
        run.Output.ShouldContain("--cohort \"@2024-spring\" is not a cohort of the roster");
        run.Output.ShouldNotContain("Dry run");
    }

    /// <summary>The submitted-time texts kept with the stored responses (see AnswerTextCodec), in the order stored.</summary>
    private static async Task<List<string?>> KeptSubmittedTextsAsync(ProgramFolder program)
    {
        await using var db = await Store.OpenAsync(new StoreLocation(program.Database));
        var stored = await db.Responses.AsNoTracking().OrderBy(r => r.Id).Select(r => r.OriginalAnswers).ToListAsync();
        return stored.Select(AnswerTextCodec.ReadSubmittedAtText).ToList();
    }
}
