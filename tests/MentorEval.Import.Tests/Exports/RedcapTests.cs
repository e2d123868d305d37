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
    public void Redcap_label_headers_are_recognized_with_a_warning()
    {
        var (export, rows) = Fixture.ReadText("""
            Record ID,Event Name,Activities (choice=Played sport),Complete?,Mood,Complete?
            1,Baseline (Arm 1: Mentees),Checked,Complete,Good,Incomplete
            """);

        export.Format.ShouldBe(ExportFormat.Redcap);
        export.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ExportProblemKind.UnexpectedHeader);
        export.Column("Event Name").Kind.ShouldBe(ColumnKind.Event);
        export.Column("Complete? (2)").Kind.ShouldBe(ColumnKind.FormStatus);
        export.Column("Activities (choice=Played sport)").RowLabel.ShouldBe("Played sport");
        rows[0].Completion.ShouldBe(ResponseCompletion.Partial);
    }
}
