using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>A REDCap longitudinal record export with label values (Fixtures/redcap-longitudinal-labels.csv).</summary>
public sealed class RedcapTests
{
    [Fact]
    public void Redcap_export_is_detected_from_record_id_and_its_redcap_columns()
    {
        var (export, _) = Fixture.Read("redcap-longitudinal-labels.csv");

        export.Format.ShouldBe(ExportFormat.Redcap);
        export.Detection!.Evidence.ShouldContain("row 1 starts with record_id, REDCap's record id");
        export.Detection.Evidence.ShouldContain("row 1 names redcap_event_name, redcap_repeat_instrument, redcap_repeat_instance");
    }

    [Theory]
    [InlineData("record_id", ColumnKind.RespondentId)]
    [InlineData("redcap_event_name", ColumnKind.Event)]
    [InlineData("redcap_repeat_instrument", ColumnKind.RepeatInstrument)]
    [InlineData("redcap_repeat_instance", ColumnKind.RepeatInstance)]
    [InlineData("mentee_survey_timestamp", ColumnKind.SubmittedAt)]
    [InlineData("mentee_survey_complete", ColumnKind.FormStatus)]
    [InlineData("checkin_complete", ColumnKind.FormStatus)]
    [InlineData("mca01", ColumnKind.Answer)]
    [InlineData("activities___1", ColumnKind.Answer)]
    [InlineData("checkin_date", ColumnKind.Answer)]
    public void Redcap_columns_have_their_kind(string name, ColumnKind kind)
    {
        var (export, _) = Fixture.Read("redcap-longitudinal-labels.csv");

        export.Column(name).Kind.ShouldBe(kind);
    }

    [Fact]
    public void Redcap_checkbox_columns_expose_their_variable_and_choice_code()
    {
        var (export, _) = Fixture.Read("redcap-longitudinal-labels.csv");

        export.Column("activities___3").Checkbox.ShouldBe(new CheckboxChoice("activities", "3"));
        var unknown = export.Column("activities____99").Checkbox.ShouldNotBeNull();
        unknown.Variable.ShouldBe("activities");
        unknown.Code.ShouldBe("_99");
        unknown.Matches("-99").ShouldBeTrue();
        unknown.Matches("99").ShouldBeFalse();
        export.Column("mca01").Checkbox.ShouldBeNull();
    }

    [Fact]
    public void Redcap_answers_belong_to_the_form_whose_status_column_comes_next()
    {
        var (export, _) = Fixture.ReadText("""
            record_id,mca01,mca02,mca_complete,checkin_date,checkin_mood,checkin_complete,added_later
            1,4,5,2,2024-04-02,Good,0,x
            """);

        var mca = export.Column("mca_complete").Index;
        var checkin = export.Column("checkin_complete").Index;
        export.AnswerColumns.Select(c => (c.Name, c.FormStatusIndex)).ShouldBe([
            ("mca01", mca), ("mca02", mca), ("checkin_date", checkin), ("checkin_mood", checkin), ("added_later", -1)]);
        export.Column("record_id").FormStatusIndex.ShouldBe(-1);
    }

    [Fact]
    public void Redcap_label_headers_name_every_form_status_Complete_and_answers_still_belong_to_the_next_one()
    {
        var (export, _) = Fixture.ReadText("""
            Record ID,How clear were expectations?,Complete?,Date of check-in,Mood,Complete?
            1,Agree,Complete,2024-04-02,Good,Incomplete
            """);

        var mca = export.Column("Complete?").Index;
        var checkin = export.Column("Complete? (2)").Index;
        export.AnswerColumns.Select(c => (c.Name, c.FormStatusIndex)).ShouldBe([
            ("How clear were expectations?", mca), ("Date of check-in", checkin), ("Mood", checkin)]);
    }

    [Fact]
    public void Redcap_rows_carry_their_event_and_repeat_instance()
    {
        var (_, rows) = Fixture.Read("redcap-longitudinal-labels.csv");

        rows.Select(r => (r.RespondentId, r.Event, r.RepeatInstrument, r.RepeatInstance)).ShouldBe([
            ("1", "Baseline (Arm 1: Mentees)", null, null),
            ("1", "Baseline (Arm 1: Mentees)", "Monthly Check-in", 1),
            ("1", "Baseline (Arm 1: Mentees)", "Monthly Check-in", 2),
            ("1", "Month 6 (Arm 1: Mentees)", null, null),
            ("2", "Baseline (Arm 1: Mentees)", null, null),
        ]);
    }

    [Fact]
    public void Redcap_form_status_complete_marks_a_row_complete_and_incomplete_partial()
    {
        var (_, rows) = Fixture.Read("redcap-longitudinal-labels.csv");

        rows.Select(r => r.Completion).ShouldBe([ResponseCompletion.Complete, ResponseCompletion.Complete,
            ResponseCompletion.Partial, ResponseCompletion.Partial, ResponseCompletion.Complete]);
    }

    private const string TwoForms = """
        record_id,mca01,mca02,mca_complete,checkin_date,checkin_mood,checkin_complete
        1,4,5,2,2024-04-02,Good,0
        2,3,,0,2024-04-03,Fine,2
        3,5,4,,2024-04-04,Good,
        """;

    [Fact]
    public void Redcap_rows_read_for_one_forms_answers_are_complete_or_partial_as_that_form_is()
    {
        var (_, forMca) = Fixture.ReadTextFor(TwoForms, "mca01", "mca02");
        var (_, forCheckin) = Fixture.ReadTextFor(TwoForms, "checkin_mood");

        forMca.Select(r => r.Completion).ShouldBe([ResponseCompletion.Complete, ResponseCompletion.Partial, ResponseCompletion.Unknown]);
        forCheckin.Select(r => r.Completion).ShouldBe([ResponseCompletion.Partial, ResponseCompletion.Complete, ResponseCompletion.Unknown]);
    }

    [Fact]
    public void Redcap_rows_read_for_answers_on_several_forms_are_partial_when_any_of_them_is_not_complete()
    {
        var (_, rows) = Fixture.ReadTextFor(TwoForms, "mca01", "checkin_mood");

        rows.Select(r => r.Completion).ShouldBe([ResponseCompletion.Partial, ResponseCompletion.Partial, ResponseCompletion.Unknown]);
    }

    [Fact]
    public void Redcap_rows_read_for_every_answer_are_partial_when_any_form_is_not_complete()
    {
        var (_, rows) = Fixture.ReadText(TwoForms);

        rows.Select(r => r.Completion).ShouldBe([ResponseCompletion.Partial, ResponseCompletion.Partial, ResponseCompletion.Unknown]);
    }

    [Fact]
    public void Redcap_rows_read_for_answers_on_several_forms_are_complete_when_every_form_with_a_status_is()
    {
        var (_, rows) = Fixture.ReadTextFor("""
            record_id,mca01,mca_complete,checkin_mood,checkin_complete
            1,4,2,,
            2,4,2,Good,2
            """, "mca01", "checkin_mood");

        rows.Select(r => r.Completion).ShouldBe([ResponseCompletion.Complete, ResponseCompletion.Complete]);
    }

    [Fact]
    public void Redcap_answers_after_the_last_form_status_give_the_row_no_completion()
    {
        var (_, rows) = Fixture.ReadTextFor("""
            record_id,mca01,mca_complete,added_later
            1,4,0,x
            """, "added_later");

        rows[0].Completion.ShouldBe(ResponseCompletion.Unknown);
    }

    [Fact]
    public void Redcap_unreadable_status_is_reported_only_on_rows_read_for_that_forms_answers()
    {
        const string export = """
            record_id,mca01,mca_complete,checkin_mood,checkin_complete
            1,4,2,Good,Done
            """;

        var (_, forMca) = Fixture.ReadTextFor(export, "mca01");
        var (_, forCheckin) = Fixture.ReadTextFor(export, "checkin_mood");

        forMca[0].Completion.ShouldBe(ResponseCompletion.Complete);
        forMca[0].Problems.ShouldBeEmpty();
        forCheckin[0].Completion.ShouldBe(ResponseCompletion.Unknown);
        var problem = forCheckin[0].Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Severity, problem.Column).ShouldBe((DiagnosticCodes.Export.UnreadableValue, DiagnosticSeverity.Warning, "\"checkin_complete\" (E)"));
    }

    [Fact]
    public void Redcap_survey_timestamp_is_the_submitted_time_and_not_completed_is_no_time()
    {
        var (_, rows) = Fixture.Read("redcap-longitudinal-labels.csv");

        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 5, 14, 2, 11, TimeSpan.Zero));
        rows[3].SubmittedAt.ShouldBeNull();
        rows[3].Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Redcap_missing_data_codes_stay_in_the_answers_for_the_importer()
    {
        var (export, rows) = Fixture.Read("redcap-longitudinal-labels.csv");

        export.Answer(rows[3], "mca01").ShouldBe("-99");
        export.Answer(rows[2], "checkin_mood").ShouldBe("NA");
        export.Answer(rows[0], "activities___1").ShouldBe("Checked");
        rows.ShouldAllBe(r => r.Problems.Count == 0);
    }

    [Fact]
    public void Redcap_record_id_is_the_first_column_whatever_its_name()
    {
        var (export, rows) = Fixture.ReadText("""
            study_id,redcap_event_name,mca01,mentee_survey_complete
            S-01,baseline_arm_1,4,2
            """);

        export.Format.ShouldBe(ExportFormat.Redcap);
        export.Column("study_id").Kind.ShouldBe(ColumnKind.RespondentId);
        rows[0].RespondentId.ShouldBe("S-01");
        rows[0].Completion.ShouldBe(ResponseCompletion.Complete);
    }

    [Fact]
    public void Redcap_label_exports_take_a_rows_completion_from_the_Complete_column_after_its_answers()
    {
        const string export = """
            Record ID,How clear were expectations?,Complete?,Mood,Complete?
            1,Agree,Complete,Good,Incomplete
            2,Disagree,Incomplete,Fine,Complete
            """;

        var (_, forMca) = Fixture.ReadTextFor(export, "How clear were expectations?");
        var (_, forCheckin) = Fixture.ReadTextFor(export, "Mood");

        forMca.Select(r => r.Completion).ShouldBe([ResponseCompletion.Complete, ResponseCompletion.Partial]);
        forCheckin.Select(r => r.Completion).ShouldBe([ResponseCompletion.Partial, ResponseCompletion.Complete]);
    }

    [Fact]
    public void Redcap_label_headers_are_recognized_with_a_warning()
    {
        var (export, rows) = Fixture.ReadText("""
            Record ID,Event Name,Activities (choice=Played sport),Complete?,Mood,Complete?
            1,Baseline (Arm 1: Mentees),Checked,Complete,Good,Incomplete
            """);

        export.Format.ShouldBe(ExportFormat.Redcap);
        export.Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.UnexpectedHeader);
        export.Column("Event Name").Kind.ShouldBe(ColumnKind.Event);
        export.Column("Complete? (2)").Kind.ShouldBe(ColumnKind.FormStatus);
        export.Column("Activities (choice=Played sport)").RowLabel.ShouldBe("Played sport");
        rows[0].Completion.ShouldBe(ResponseCompletion.Partial);
    }
}
