using System.Text;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;

namespace MentorEval.Import.Tests.Responses;

/// <summary>
/// Rows of exports with the traits of issue 16 turned into responses: SurveyMonkey's old one-column-per-option
/// layout, files without any respondent id, Qualtrics test responses, checkbox answers joined in one cell, a header
/// with bad bytes, a survey for one role without a roster, and REDCap events beside --wave.
/// </summary>
public sealed class ExportTraitResponseTests
{
    private static Instrument Pulse(string roles = "\"mentor\", \"mentee\"") => InstrumentDefinition.Parse($$"""
        { "id": "pulse", "version": "1.0.0", "title": "Pulse", "citation": "test", "roles": [{{roles}}],
          "responseScales": [
            { "id": "agree5", "min": 1, "max": 5, "labels": [
              { "value": 1, "label": "Strongly disagree" }, { "value": 2, "label": "Disagree" }, { "value": 3, "label": "Neither" },
              { "value": 4, "label": "Agree" }, { "value": 5, "label": "Strongly agree" } ] },
            { "id": "months", "min": 1, "max": 3, "labels": [
              { "value": 1, "label": "Less than 3 months" }, { "value": 2, "label": "3 to 6 months" }, { "value": 3, "label": "More than 6 months" } ] } ],
          "items": [
            { "id": "listens", "text": "My partner listens to me", "responseScale": "agree5" },
            { "id": "length", "text": "How long have you been meeting with your mentor?", "responseScale": "months" },
            { "id": "cafe", "text": "How was the café meeting?", "responseScale": "agree5" },
            { "id": "meetings", "text": "How many times did you meet this month?", "type": "count" } ] }
        """, "pulse.json").Instrument!;

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Exports", "Fixtures", name);

    private static List<RowOutcome> Score(string file, ResponseImportOptions? options = null)
    {
        using var reader = ExportReader.Open(FixturePath(file));
        return Read(reader, null, options ?? new ResponseImportOptions());
    }

    private static List<RowOutcome> Import(string export, ResponseImportOptions options, Instrument? instrument = null, RosterIndex? roster = null)
    {
        using var reader = ExportReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(export)), "export.csv");
        return Read(reader, roster ?? new RosterIndex([]), options, instrument);
    }

    private static List<RowOutcome> Read(ExportReader reader, RosterIndex? roster, ResponseImportOptions options, Instrument? instrument = null)
    {
        instrument ??= Pulse();
        var mapping = ColumnMapper.Map(instrument, reader.AnswerColumns, options.Map);
        var rows = roster is null
            ? ResponseReader.ForScoring("export.csv", instrument, mapping, options, reader.Format, decimalComma: false)
            : new ResponseReader("export.csv", instrument, mapping, roster, options, reader.Format, decimalComma: false);
        return reader.ReadRows(rows.AnswerColumns).Select(rows.Read).ToList();
    }

    [Fact]
    public void An_old_SurveyMonkey_question_split_into_one_column_per_option_is_read_back_as_one_answer()
    {
        var outcomes = Score("surveymonkey-split-options.csv");

        outcomes[0].ShouldBeOfType<RowOutcome.Accepted>().Response.Values[1].ShouldBe(2);
        outcomes[1].ShouldBeOfType<RowOutcome.Accepted>().Response.Values[1].ShouldBe(1);
        var twice = outcomes[2].ShouldBeOfType<RowOutcome.Rejected>().Cells.ShouldHaveSingleItem();
        twice.Message.ShouldContain("\"Less than 3 months\" and \"3 to 6 months\"");
        twice.Item.ShouldBe("length");
    }

    [Fact]
    public void Rows_of_a_file_without_respondent_ids_are_imported_numbered_by_row_and_submitted_time_and_left_unlinked()
    {
        var roster = new RosterIndex([new RosterPair("P1", "2024", "MT-01", "ME-01")]);
        using var reader = ExportReader.Open(FixturePath("surveymonkey-no-id.csv"));
        var mapping = ColumnMapper.Map(Pulse("\"mentee\""), reader.AnswerColumns, ColumnMap.Empty);
        var rows = new ResponseReader("surveymonkey-no-id.csv", Pulse("\"mentee\""), mapping, roster, new ResponseImportOptions { Wave = "w1" }, reader.Format, false);

        var outcomes = reader.ReadRows(rows.AnswerColumns).Select(rows.Read).ToList();

        var accepted = outcomes.Select(o => o.ShouldBeOfType<RowOutcome.Accepted>().Response).ToList();
        accepted.Select(r => r.RespondentId).ShouldBe(["row 3, 2024-03-05 14:02:11", "row 4, 2024-03-13 09:20:41"]);
        accepted.ShouldAllBe(r => r.PairId == null && r.Role == Role.Mentee);
        var note = rows.Notes.ShouldHaveSingleItem();
        note.Message.ShouldContain("no respondent id");
        note.Message.ShouldContain("cannot be linked to the roster");
        note.Fix!.ShouldContain("--respondent-column");
    }

    [Fact]
    public void Qualtrics_test_responses_are_taken_with_include_test_responses_and_spam_is_still_skipped()
    {
        const string export = """
            StartDate,EndDate,Status,Progress,Finished,RecordedDate,ResponseId,Q1
            Start Date,End Date,Response Type,Progress,Finished,Recorded Date,Response ID,My partner listens to me
            {"ImportId":"startDate"},{"ImportId":"endDate"},{"ImportId":"status"},{"ImportId":"progress"},{"ImportId":"finished"},{"ImportId":"recordedDate"},{"ImportId":"_recordId"},{"ImportId":"QID1"}
            2024-03-05 13:55:02,2024-03-05 14:02:11,Survey Test,100,1,2024-03-05 14:02:12,R_1,4
            2024-03-05 13:55:02,2024-03-05 14:02:11,Survey Preview,100,1,2024-03-05 14:02:12,R_2,5
            2024-03-05 13:55:02,2024-03-05 14:02:11,Spam,100,1,2024-03-05 14:02:12,R_3,5
            """;

        var byDefault = Import(export, new ResponseImportOptions { Wave = "w1", Role = Role.Mentee });
        var included = Import(export, new ResponseImportOptions { Wave = "w1", Role = Role.Mentee, IncludeTestResponses = true });

        byDefault.ShouldAllBe(o => o is RowOutcome.Skipped);
        included.Select(o => o.GetType().Name).ShouldBe(["Accepted", "Accepted", "Skipped"]);
    }

    [Fact]
    public void Checkbox_answers_joined_in_one_cell_of_a_one_answer_item_leave_that_answer_missing_and_the_row_flagged_not_rejected()
    {
        var outcomes = Import("""
            Timestamp,Email Address,My partner listens to me,How many times did you meet this month?
            8/26/2024 18:02:11,a@example.org,"Agree, Strongly agree",3
            """, new ResponseImportOptions { Wave = "w1", Role = Role.Mentee });

        var accepted = outcomes.Single().ShouldBeOfType<RowOutcome.Accepted>();
        double.IsNaN(accepted.Response.Values[0]).ShouldBeTrue();
        accepted.Response.Values[3].ShouldBe(3);
        accepted.Flagged.ShouldHaveSingleItem().Message.ShouldContain("several answers");
    }

    [Fact]
    public void A_column_is_matched_by_its_question_text_despite_bad_bytes_in_its_header()
    {
        using var reader = ExportReader.Open(FixturePath("macroman-header.csv"));

        var mapping = ColumnMapper.Map(Pulse(), reader.AnswerColumns, ColumnMap.Empty);

        mapping.Mapped.Single(m => m.Item.Id == "cafe").Column.Name.ShouldStartWith("How was the caf");
    }

    [Fact]
    public void A_survey_for_one_role_needs_no_role_option_and_no_roster()
    {
        var outcomes = Import("respondent_id,listens\nME-01,4\n", new ResponseImportOptions { Wave = "w1" }, Pulse("\"mentee\""));

        outcomes.Single().ShouldBeOfType<RowOutcome.Accepted>().Response.Role.ShouldBe(Role.Mentee);
    }

    [Fact]
    public void REDCap_events_are_the_waves_when_wave_is_given_too_and_the_conflict_is_said_once()
    {
        using var reader = ExportReader.Open(new MemoryStream(Encoding.UTF8.GetBytes("""
            record_id,redcap_event_name,listens,pulse_complete
            ME-01,baseline_arm_1,4,2
            ME-01,month_3_arm_1,5,2
            ME-02,month_3_arm_1,3,2
            """)), "export.csv");
        var instrument = Pulse("\"mentee\"");
        var mapping = ColumnMapper.Map(instrument, reader.AnswerColumns, ColumnMap.Empty);
        var rows = new ResponseReader("export.csv", instrument, mapping, new RosterIndex([]), new ResponseImportOptions { Wave = "2024" }, reader.Format, false);

        var outcomes = reader.ReadRows(rows.AnswerColumns).Select(rows.Read).ToList();

        outcomes.Select(o => o.ShouldBeOfType<RowOutcome.Accepted>().Wave).ShouldBe(["baseline", "month_3", "month_3"]);
        var note = rows.Notes.ShouldHaveSingleItem();
        note.Message.ShouldContain("--wave \"2024\"");
        note.Fix!.ShouldContain("--event-wave");
    }
}
