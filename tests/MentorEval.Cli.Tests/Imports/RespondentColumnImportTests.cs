using MentorEval.Cli.Tests.Support;
using MentorEval.Core.Pairs;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// --respondent-column (or "respondent" in a --map file): exports whose respondents typed their participant code into
/// a question are linked to the roster through it. Imports/Fixtures/exports/google-forms-participant-code.csv is a Google
/// Form that did not collect email addresses and asks "Your participant code" first; surveymonkey-participant-code.csv
/// asks "What is your participant code?" and leaves Custom Data 1 empty. Both hold MT-02, ME-02 (pair P-102) and MT-05 (P-105).
/// </summary>
public sealed class RespondentColumnImportTests
{
    private const string GoogleForm = "exports/google-forms-participant-code.csv";

    private static readonly (string, string, Role?)[] EveryRowLinked =
    [
        ("MT-02", "P-102", Role.Mentor),
        ("ME-02", "P-102", Role.Mentee),
        ("MT-05", "P-105", Role.Mentor),
    ];

    [StoreTheory]
    [InlineData("Your participant code")]
    [InlineData("  your PARTICIPANT code ")]
    public async Task A_Google_Form_without_email_addresses_links_every_row_to_its_pair_and_role_by_the_participant_code_question(
        StoreKind store, string column)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var run = await program.ImportAsync(GoogleForm, "--wave", "2024-08", "--respondent-column", column);

        run.ExitCode.ShouldBe(0, run.Output);
        (run.Summary.Imported, run.Summary.Rejected).ShouldBe((3, 0));
        run.Summary.Warnings.ShouldBeEmpty();
        run.Summary.UnmappedColumns.ShouldBeEmpty();
        run.Summary.Columns.Select(c => c.Item).ShouldBe(["listens", "goals", "trust", "cancelled", "meetings", "comment"]);
        var stored = await program.ResponsesAsync();
        stored.Select(r => (r.RespondentId, r.PairKey, r.Role)).ShouldBe(EveryRowLinked);
        stored.ShouldAllBe(r => r.LinkedToPair);
        stored[1].Answers[5].ShouldBe("Kia ora, it was fun");
    }

    [StoreTheory]
    public async Task Without_a_respondent_column_the_same_form_warns_and_its_numbered_rows_of_a_two_role_instrument_are_rejected_for_want_of_a_role(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();

        var run = await program.ImportAsync(GoogleForm, "--wave", "2024-08");

        run.ExitCode.ShouldBe(1, run.Output);
        run.Summary.Warnings[0].ShouldContain("There is no \"Email Address\" column, so rows have no respondent id.");
        run.Summary.Warnings[1].ShouldContain("cannot be linked to the roster");
        run.Summary.UnmappedColumns.ShouldBe(["Your participant code"]);
        (run.Summary.Imported, run.Summary.Rejected).ShouldBe((0, 3));
        // Issue 16: rows without an id are numbered, not rejected for it; a two-role instrument then needs --role.
        run.Summary.FirstRejects.ShouldAllBe(r => r.Column == "role" && r.Message.StartsWith("the row has no respondent id, so the roster cannot say"));
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
    }

    [StoreTheory]
    public async Task A_respondent_column_the_file_does_not_have_is_refused_naming_it_and_the_files_columns_and_stores_nothing(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var before = await program.SnapshotAsync();

        var run = await program.ImportAsync(GoogleForm, "--wave", "2024-08", "--respondent-column", "Participant ID");

        run.ExitCode.ShouldBe(1, run.Output);
        run.Output.ShouldStartWith("error: google-forms-participant-code.csv, row 1: The respondent column \"Participant ID\" is not in this file. "
                                   + "Closest: \"Your participant code\" (B). The columns are \"Timestamp\" (A), \"Your participant code\" (B), ");
        run.Output.ShouldContain("\"Anything else you want to tell us?\" (H). Give the column's name or header as the file writes it");
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
    }

    [StoreTheory]
    public async Task The_respondent_column_can_be_named_in_the_mapping_file_without_mapping_any_column(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("map.json", """{ "respondent": "Your participant code" }""");

        var run = await program.ImportAsync(GoogleForm, "--wave", "2024-08", "--map", "map.json");

        run.ExitCode.ShouldBe(0, run.Output);
        (await program.ResponsesAsync()).Select(r => (r.RespondentId, r.PairKey, r.Role)).ShouldBe(EveryRowLinked);
    }

    [StoreTheory]
    public async Task The_respondent_column_on_the_command_line_wins_over_the_mapping_files(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("map.json", """{ "respondent": "Participant code (last wave)", "columns": { "How many times did you meet this month?": "meetings" } }""");

        var run = await program.ImportAsync(GoogleForm, "--wave", "2024-08", "--map", "map.json", "--respondent-column", "Your participant code");

        run.ExitCode.ShouldBe(0, run.Output);
        run.Summary.Columns.Single(c => c.Item == "meetings").MatchedBy.ShouldBe("MapFile");
        (await program.ResponsesAsync()).Select(r => (r.RespondentId, r.PairKey, r.Role)).ShouldBe(EveryRowLinked);
    }

    [StoreTheory]
    public async Task A_SurveyMonkey_question_holding_the_participant_code_links_every_row_when_Custom_Data_1_is_empty(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var run = await program.ImportAsync("exports/surveymonkey-participant-code.csv", "--wave", "2024-05",
            "--respondent-column", "What is your participant code?");

        run.ExitCode.ShouldBe(0, run.Output);
        run.Summary.Format.ShouldBe("SurveyMonkey");
        run.Summary.UnmappedColumns.ShouldBeEmpty();
        var stored = await program.ResponsesAsync();
        stored.Select(r => (r.RespondentId, r.PairKey, r.Role)).ShouldBe(EveryRowLinked);
        stored[1].Values[..4].ShouldBe([5, double.NaN, 4, 1]);
    }

    [Fact]
    public async Task Scores_are_written_under_the_participant_codes_of_the_respondent_column()
    {
        using var program = new ProgramFolder(StoreKind.Sqlite);

        var run = await CliHarness.RunAsync(program.Path, "score", GoogleForm, "--instrument", "pair-pulse",
            "--respondent-column", "Your participant code", "--out", "scores.csv");

        run.ExitCode.ShouldBe(0, run.Output);
        File.ReadLines(program.PathOf("scores.csv")).Skip(1).Select(line => line.Split(',')[0]).ShouldBe(["MT-02", "ME-02", "MT-05"]);
    }
}
