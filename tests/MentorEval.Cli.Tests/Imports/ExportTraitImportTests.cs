using MentorEval.Cli.Tests.Support;
using MentorEval.Core.Pairs;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// Each kind of export of issue 16 scored and imported as a user would, with only --instrument (and --wave where the
/// export has no wave): the fixtures in Imports/Fixtures/exports are ours, each written with one trait.
/// </summary>
public sealed class ExportTraitImportTests
{
    [StoreTheory]
    public async Task A_SurveyMonkey_export_without_any_id_is_imported_row_by_row_unlinked_and_says_how_to_link_it(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var run = await program.ImportAsync("exports/surveymonkey-no-id.csv", "--wave", "2024-05", "--role", "mentee");

        run.ExitCode.ShouldBe(0, run.Output);
        var summary = run.Summary;
        (summary.Format, summary.Imported, summary.Rejected).ShouldBe(("SurveyMonkey", 3, 0));
        summary.Warnings.ShouldContain(w => w.Contains("cannot be linked to the roster") && w.Contains("--respondent-column"));
        var stored = await program.ResponsesAsync();
        stored.Select(r => r.RespondentId).ShouldBe(["row 3, 2024-05-02 19:02:11", "row 4, 2024-05-03 09:20:41", "row 5, 2024-05-14 12:09:59"]);
        stored.ShouldAllBe(r => !r.LinkedToPair && r.Role == Role.Mentee);
    }

    [Fact]
    public async Task A_SurveyMonkey_export_without_any_id_is_scored_with_only_the_instrument()
    {
        using var program = new ProgramFolder(StoreKind.Sqlite);

        var run = await program.RunAsync("score", "exports/surveymonkey-no-id.csv", "--instrument", "pair-pulse");

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain("no respondent id");
    }

    [StoreTheory]
    public async Task A_Typeform_export_is_recognised_and_imported_by_its_hidden_participant_field(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var run = await program.ImportAsync("exports/typeform.csv", "--wave", "2024-05");

        run.ExitCode.ShouldBe(0, run.Output);
        (run.Summary.Format, run.Summary.Imported, run.Summary.Rejected).ShouldBe(("Typeform", 2, 0));
        var stored = await program.ResponsesAsync();
        stored.Select(r => (r.RespondentId, r.PairKey, r.Role)).ShouldBe([("ME-01", "P-101", Role.Mentee), ("MT-02", "P-102", Role.Mentor)]);
        stored[1].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 5, 3, 9, 20, 41, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_file_of_only_Qualtrics_test_responses_says_why_nothing_was_scored_and_the_option_scores_it()
    {
        using var program = new ProgramFolder(StoreKind.Sqlite);

        var refused = await program.RunAsync("score", "exports/qualtrics-test-responses.csv", "--instrument", "pair-pulse");
        var taken = await program.RunAsync("score", "exports/qualtrics-test-responses.csv", "--instrument", "pair-pulse", "--include-test-responses", "--json");

        refused.ExitCode.ShouldNotBe(0);
        refused.Output.ShouldContain("3 of the 3 are Qualtrics test or preview responses");
        refused.Output.ShouldContain("--include-test-responses");
        taken.ExitCode.ShouldBe(0, taken.Output);
        taken.Output.ShouldContain("\"respondents\": 3");
    }

    [StoreTheory]
    public async Task A_Qualtrics_Insights_export_imports_under_strict_with_no_header_row_taken_for_a_respondent(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var run = await program.ImportAsync("exports/qualtrics-insights.csv", "--wave", "2017-03", "--strict");

        run.ExitCode.ShouldBe(0, run.Output);
        (run.Summary.RowsRead, run.Summary.Imported, run.Summary.Rejected).ShouldBe((2, 2, 0));
        run.Summary.Warnings.ShouldBeEmpty();
    }

    [StoreTheory]
    public async Task REDCap_repeat_instances_named_redcap_form_instance_are_both_imported(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var run = await program.ImportAsync("exports/redcap-form-instance.csv", "--wave", "2024-05");

        run.ExitCode.ShouldBe(0, run.Output);
        (run.Summary.Imported, run.Summary.Rejected).ShouldBe((2, 0));
    }

    [StoreTheory]
    public async Task REDCap_events_are_the_waves_despite_wave_and_the_conflict_is_said_once(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var run = await program.ImportAsync("exports/redcap-events.csv", "--wave", "2024");

        run.ExitCode.ShouldBe(0, run.Output);
        run.Summary.ResponsesByWave.ShouldBe(new Dictionary<string, int> { ["baseline"] = 2, ["month_3"] = 1 });
        run.Summary.Warnings.Count(w => w.Contains("--wave \"2024\"")).ShouldBe(1);
    }

    [StoreTheory]
    public async Task An_instrument_for_one_role_imports_without_a_roster_or_role(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        program.Write("instruments/mentee-pulse.json", """
            { "$schema": "schema/instrument.schema.json", "id": "mentee-pulse", "version": "1.0.0", "title": "Mentee pulse", "citation": "test",
              "roles": ["mentee"], "responseScales": [ { "id": "a5", "min": 1, "max": 5 } ],
              "items": [ { "id": "listens", "text": "My partner listens to me", "responseScale": "a5" } ] }
            """);
        program.Write("mentees.csv", "respondent_id,listens\nME-01,4\nME-02,5\n");

        var run = new ImportRun(await program.RunAsync("import", "mentees.csv", "--instrument", "mentee-pulse", "--wave", "w1", "--json"));

        run.ExitCode.ShouldBe(0, run.Output);
        (run.Summary.Imported, run.Summary.Rejected).ShouldBe((2, 0));
        (await program.ResponsesAsync()).ShouldAllBe(r => r.Role == Role.Mentee);
    }
}
