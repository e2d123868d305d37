using System.Text;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;
using MentorEval.Core.Pairs;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// Every survey tool's export imports as a new user would run it: the roster first, then the export (Imports/Fixtures/exports,
/// written from docs of each tool's format) for the pair-pulse instrument. Stored values are read back from the database.
/// Item order of the values and answers: listens, goals, trust, cancelled (1–5, labels "Strongly disagree".."Strongly agree",
/// missing "N/A", "Not applicable", "-99"), meetings (a count up to 31), comment (text, never a number).
/// </summary>
public sealed class FormatImportTests
{
    private const double Missing = double.NaN;

    [StoreTheory]
    [InlineData("qualtrics.csv", "Qualtrics", 6, 5, 1, "Alias", "--wave", "2024-04")]
    [InlineData("qualtrics-legacy.csv", "QualtricsLegacy", 4, 3, 1, "Alias", "--wave", "2024-05")]
    [InlineData("redcap-longitudinal-labels.csv", "Redcap", 5, 4, 1, "ItemId",
        "--event-wave", "Baseline (Arm 1: Mentees)=baseline", "--event-wave", "Month 3 (Arm 1: Mentees)=month-3")]
    [InlineData("surveymonkey.csv", "SurveyMonkey", 3, 3, 0, "QuestionText", "--wave", "2024-05")]
    [InlineData("google-forms.csv", "GoogleForms", 3, 3, 0, "QuestionText", "--wave", "2024-08")]
    [InlineData("generic.csv", "Generic", 3, 3, 0, "ItemId")]
    public async Task Every_format_is_detected_and_imported_with_every_item_found_and_every_response_linked_to_its_pair(
        StoreKind store, string export, string format, int rowsRead, int imported, int skipped, string matchedBy, params string[] options)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var run = await program.ImportAsync($"exports/{export}", options);

        run.ExitCode.ShouldBe(0, run.Output);
        var summary = run.Summary;
        summary.Format.ShouldBe(format);
        (summary.RowsRead, summary.Imported, summary.Skipped, summary.Rejected).ShouldBe((rowsRead, imported, skipped, 0));
        summary.Committed.ShouldBeTrue();
        summary.Columns.Select(c => c.Item).ShouldBe(["listens", "goals", "trust", "cancelled", "meetings", "comment"]);
        summary.Columns.ShouldAllBe(c => c.MatchedBy == matchedBy);
        summary.UnmappedItems.ShouldBeEmpty();
        summary.Warnings.ShouldBeEmpty();
        var stored = await program.ResponsesAsync();
        stored.Count.ShouldBe(imported);
        stored.ShouldAllBe(r => r.LinkedToPair && r.BatchId == summary.BatchId);
    }

    [StoreTheory]
    public async Task Qualtrics_choice_text_is_stored_as_numbers_beside_the_original_text_and_the_preview_is_skipped(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var summary = (await program.ImportAsync("exports/qualtrics.csv", "--wave", "2024-04")).Summary;

        summary.SkippedBecause.ShouldBe(new Dictionary<string, int> { ["survey preview (Status Survey Preview)"] = 1 });
        summary.Columns.Select(c => c.Column).ShouldBe(["Rel_1", "Rel_2", "Rel_3", "Rel_4", "Meet", "Comments"]);
        var stored = await program.ResponsesAsync();
        // ExternalReference is the participant; MT-01 mentors two mentees and answers once per pair; ME-02 names no pair
        // and is linked through the roster; ME-04 stopped at 60% and is kept, flagged partial.
        stored.Select(r => (r.RespondentId, r.PairKey, r.Role, r.Wave, r.SourceRow, r.Partial)).ShouldBe([
            ("MT-01", "P-101", Role.Mentor, "2024-04", 5, false),
            ("ME-01", "P-101", Role.Mentee, "2024-04", 6, false),
            ("MT-01", "P-104", Role.Mentor, "2024-04", 7, false),
            ("ME-04", "P-104", Role.Mentee, "2024-04", 9, true),
            ("ME-02", "P-102", Role.Mentee, "2024-04", 10, false),
        ]);
        stored[0].Values.ShouldBe([4, 5, 4, 2, 4, Missing]);
        stored[0].Answers.ShouldBe(["Agree", "Strongly agree", "Agree", "Disagree", "4", "Great start."]);
        stored[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 4, 3, 18, 26, 45, TimeSpan.Zero));
        stored[1].Values.ShouldBe([5, 4, Missing, 1, 3, Missing]);
        stored[1].Answers[2].ShouldBe("N/A");
        stored[2].Answers[5].ShouldBe("We met at the library.\nThen we went to the park.");
        stored[3].Values.ShouldBe([4, 2, Missing, Missing, Missing, Missing]);
        stored[4].Values.ShouldBe([5, 4, 5, 1, 5, Missing]);
        stored[4].Answers[0].ShouldBe("strongly Agree ");
    }

    [StoreTheory]
    public async Task Legacy_Qualtrics_recode_values_are_stored_and_its_missing_code_kept_as_text(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var summary = (await program.ImportAsync("exports/qualtrics-legacy.csv", "--wave", "2024-05")).Summary;

        summary.SkippedBecause.ShouldBe(new Dictionary<string, int> { ["survey preview (Status 1)"] = 1 });
        var stored = await program.ResponsesAsync();
        stored.Select(r => (r.RespondentId, r.PairKey, r.Role, r.SourceRow)).ShouldBe([
            ("MT-02", "P-102", Role.Mentor, 3),
            ("ME-02", "P-102", Role.Mentee, 5),
            ("MT-03", "P-103", Role.Mentor, 6),
        ]);
        stored[0].Values.ShouldBe([4, 4, 5, 1, 6, Missing]);
        stored[0].Answers[5].ShouldBe("Good, thanks");
        stored[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 5, 25, 14, 2, 11, TimeSpan.Zero));
        stored[1].Values.ShouldBe([5, Missing, 4, 2, 3, Missing]);
        stored[1].Answers[1].ShouldBe("-99");
        stored[2].Values.ShouldBe([3, 3, 2, 4, 0, Missing]);
    }

    [StoreTheory]
    public async Task REDCap_events_become_waves_labels_become_numbers_and_rows_of_other_forms_are_skipped(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        var summary = (await program.ImportAsync("exports/redcap-longitudinal-labels.csv",
            "--event-wave", "Baseline (Arm 1: Mentees)=baseline", "--event-wave", "Month 3 (Arm 1: Mentees)=month-3")).Summary;

        summary.ResponsesByWave.ShouldBe(new Dictionary<string, int> { ["baseline"] = 2, ["month-3"] = 2 });
        summary.SkippedBecause.ShouldBe(new Dictionary<string, int> { ["REDCap row of another event or form (no answer to pair-pulse)"] = 1 });
        summary.UnmappedColumns.ShouldBe(["contact_date", "contact_mode"]);
        var stored = await program.ResponsesAsync();
        stored.Select(r => (r.RespondentId, r.PairKey, r.Role, r.Wave, r.SourceRow, r.Partial)).ShouldBe([
            ("ME-01", "P-101", Role.Mentee, "baseline", 2, false),
            ("ME-01", "P-101", Role.Mentee, "month-3", 4, false),
            ("ME-02", "P-102", Role.Mentee, "baseline", 5, false),
            ("ME-02", "P-102", Role.Mentee, "month-3", 6, true),
        ]);
        stored[0].Values.ShouldBe([4, 5, 3, 2, 4, Missing]);
        stored[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 5, 14, 2, 11, TimeSpan.Zero));
        stored[1].Answers[5].ShouldBe("Going well");
        stored[2].Values.ShouldBe([2, Missing, 4, 4, 1, Missing]);
        stored[2].Answers[1].ShouldBe("-99");
        stored[3].Values.ShouldBe([4, Missing, Missing, Missing, Missing, Missing]);
        stored[3].SubmittedAt.ShouldBeNull();
    }

    [StoreTheory]
    public async Task REDCap_rows_are_partial_only_when_the_imported_form_is_not_complete_whatever_the_other_forms_say(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        // A raw export of the whole project: pair_pulse, then contact_log, each followed by its status (0/1/2).
        program.Write("redcap-raw.csv", """
            record_id,pair_id,role,listens,goals,trust,cancelled,meetings,comment,pair_pulse_complete,contact_date,contact_mode,contact_log_complete
            ME-01,P-101,Mentee,4,5,3,2,4,,2,2024-03-12,1,0
            ME-02,P-102,Mentee,4,,,,,,0,2024-03-13,2,2
            """);

        var summary = (await program.ImportAsync("redcap-raw.csv", "--wave", "baseline", "--partial", "skip")).Summary;

        (summary.Format, summary.Imported).ShouldBe(("Redcap", 1));
        summary.SkippedBecause.ShouldBe(new Dictionary<string, int> { ["partial response (--partial skip)"] = 1 });
        var stored = await program.ResponsesAsync();
        stored.Select(r => (r.RespondentId, r.SourceRow, r.Partial)).ShouldBe([("ME-01", 2, false)]);
    }

    [StoreTheory]
    public async Task SurveyMonkey_respondents_are_the_participant_codes_of_Custom_Data_1_and_items_are_found_by_their_text(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        await program.ImportAsync("exports/surveymonkey.csv", "--wave", "2024-05");

        var stored = await program.ResponsesAsync();
        stored.Select(r => (r.RespondentId, r.PairKey, r.Role, r.SourceRow)).ShouldBe([
            ("MT-02", "P-102", Role.Mentor, 3),
            ("ME-02", "P-102", Role.Mentee, 4),
            ("MT-05", "P-105", Role.Mentor, 5),
        ]);
        stored[0].Values.ShouldBe([4, 4, 5, 2, 3, Missing]);
        stored[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 5, 2, 19, 2, 11, TimeSpan.Zero));
        stored[1].Values.ShouldBe([5, Missing, 4, 1, 2, Missing]);
        stored[1].Answers.ShouldBe(["Strongly agree", "Not applicable", "Agree", "Strongly disagree", "2", "Thanks, it helps."]);
        stored[2].Values.ShouldBe([2, 3, 4, 4, 1, Missing]);
    }

    [StoreTheory]
    public async Task Google_Forms_respondents_are_their_email_addresses_and_grid_rows_are_found_by_their_text(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        await program.ImportAsync("exports/google-forms.csv", "--wave", "2024-08");

        var stored = await program.ResponsesAsync();
        stored.Select(r => (r.RespondentId, r.PairKey, r.Role)).ShouldBe([
            ("aroha.ngata@example.org", "P-201", Role.Mentor),
            ("tama.wiremu@example.org", "P-201", Role.Mentee),
            ("hemi.walker@example.org", "P-202", Role.Mentee),
        ]);
        stored[0].Values.ShouldBe([4, 4, 5, 2, 2, Missing]);
        stored[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 8, 26, 18, 2, 11, TimeSpan.Zero));
        stored[1].Answers[5].ShouldBe("Kia ora, it was fun");
        stored[2].Values.ShouldBe([2, 2, 3, 4, 0, Missing]);
    }

    [StoreTheory]
    public async Task Generic_rows_keep_their_own_wave_and_time_zone_and_free_text_is_stored_verbatim(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();

        await program.ImportAsync("exports/generic.csv");

        var stored = await program.ResponsesAsync();
        stored.Select(r => (r.RespondentId, r.PairKey, r.Role, r.Wave)).ShouldBe([
            ("MT-01", "P-101", Role.Mentor, "2024-06"),
            ("ME-01", "P-101", Role.Mentee, "2024-06"),
            ("MT-03", "P-103", Role.Mentor, "2024-06"),
        ]);
        stored[1].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 6, 4, 7, 30, 0, TimeSpan.FromHours(12)));
        stored[2].Values.ShouldBe([2, Missing, 3, 4, 1, Missing]);
        stored[2].Answers.ShouldBe(["2", "N/A", "3", "4", "1", "=SUM(A1:A9) is what my mentee typed"]);
    }

    /// <summary>The generic export as Excel saves it on other machines: the same responses must come out.</summary>
    [StoreTheory]
    [InlineData("utf-8 BOM, CRLF", "utf-8", ',', "\r\n")]
    [InlineData("Unicode text (UTF-16, tabs)", "utf-16", '\t', "\r\n")]
    [InlineData("European (Latin-1, semicolons)", "latin1", ';', "\r\n")]
    public async Task A_spreadsheet_resave_in_another_encoding_or_separator_imports_the_same_responses(
        StoreKind store, string save, string encoding, char separator, string newLine)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        var lines = new[]
        {
            "respondent_id,pair_id,role,wave,listens,goals,trust,cancelled,meetings,comment",
            "MT-02,P-102,mentor,2024-07,4,5,4,2,3,Très bien",
            "ME-02,P-102,mentee,2024-07,Agree,N/A,5,1,2,",
        };
        var text = string.Join(newLine, lines.Select(l => l.Replace(',', separator))) + newLine;
        var bytes = Encoding.GetEncoding(encoding);
        File.WriteAllBytes(program.PathOf("resaved.csv"), [.. bytes.GetPreamble(), .. bytes.GetBytes(text)]);

        var run = await program.ImportAsync("resaved.csv");

        run.ExitCode.ShouldBe(0, $"{save}: {run.Output}");
        run.Summary.Imported.ShouldBe(2);
        var stored = await program.ResponsesAsync();
        stored[0].Values.ShouldBe([4, 5, 4, 2, 3, Missing]);
        stored[0].Answers[5].ShouldBe("Très bien");
        stored[1].Values.ShouldBe([4, Missing, 5, 1, 2, Missing]);
    }
}
