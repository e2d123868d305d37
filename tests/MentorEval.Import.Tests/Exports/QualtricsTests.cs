using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>Qualtrics' current exporter, in both answer encodings (Fixtures/qualtrics-choice-text.csv and qualtrics-numeric.csv).</summary>
public sealed class QualtricsTests
{
    [Fact]
    public void Qualtrics_three_row_export_is_detected_from_its_ImportId_row()
    {
        var (export, _) = Fixture.Read("qualtrics-choice-text.csv");

        export.Format.ShouldBe(ExportFormat.Qualtrics);
        export.Detection!.Evidence.ShouldContain(e => e.StartsWith("row 3 holds Qualtrics ImportId JSON ({\"ImportId\":\"startDate\""));
        export.Detection.Forced.ShouldBeFalse();
    }

    [Fact]
    public void Qualtrics_matrix_columns_carry_question_text_row_label_and_ImportId()
    {
        var (export, _) = Fixture.Read("qualtrics-choice-text.csv");

        var column = export.Column("Q2_1");
        column.Kind.ShouldBe(ColumnKind.Answer);
        column.VendorId.ShouldBe("QID2_1");
        column.QuestionText.ShouldBe("How much do you agree with each statement?");
        column.RowLabel.ShouldBe("My mentor listens to me");
        column.Text.ShouldBe("How much do you agree with each statement? - My mentor listens to me");
        export.Column("Q1").RowLabel.ShouldBeNull();
        export.Column("Q1").QuestionText.ShouldBe("How long have you been meeting with your mentor?");
    }

    [Fact]
    public void Qualtrics_ImportId_is_parsed_as_JSON_and_keeps_extra_keys()
    {
        var (export, _) = Fixture.Read("qualtrics-choice-text.csv");

        var start = export.Column("StartDate");
        start.VendorId.ShouldBe("startDate");
        start.VendorAttributes["timeZone"].ShouldBe("Pacific/Auckland");
        export.Column("ResponseId").VendorId.ShouldBe("_recordId");
    }

    [Theory]
    [InlineData("ResponseId", ColumnKind.RespondentId)]
    [InlineData("ExternalReference", ColumnKind.ParticipantId)]
    [InlineData("RecordedDate", ColumnKind.SubmittedAt)]
    [InlineData("EndDate", ColumnKind.Metadata)]
    [InlineData("Status", ColumnKind.Status)]
    [InlineData("Progress", ColumnKind.Progress)]
    [InlineData("Finished", ColumnKind.Finished)]
    [InlineData("IPAddress", ColumnKind.Metadata)]
    [InlineData("Duration (in seconds)", ColumnKind.Metadata)]
    [InlineData("pair_id", ColumnKind.PairId)]
    [InlineData("role", ColumnKind.Role)]
    [InlineData("Q3_4_TEXT", ColumnKind.Answer)]
    public void Qualtrics_fixed_fields_and_embedded_data_have_their_kind(string name, ColumnKind kind)
    {
        var (export, _) = Fixture.Read("qualtrics-choice-text.csv");

        export.Column(name).Kind.ShouldBe(kind);
    }

    [Fact]
    public void Qualtrics_loop_and_merge_and_text_entry_columns_are_answers()
    {
        var (export, _) = Fixture.Read("qualtrics-choice-text.csv");

        export.AnswerColumns.Select(c => c.Name).ShouldBe(["Q1", "Q2_1", "Q2_2", "Q2_3", "Q3", "Q3_4_TEXT", "1_Q4", "2_Q4", "Q5"]);
        export.Column("1_Q4").LoopPrefix.ShouldBe("1");
        export.Column("2_Q4").LoopPrefix.ShouldBe("2");
        export.Column("Q3_4_TEXT").IsTextEntry.ShouldBeTrue();
        export.Column("Q5").IsTextEntry.ShouldBeTrue();
        export.Column("Q3").IsTextEntry.ShouldBeFalse();
    }

    [Fact]
    public void Qualtrics_rows_start_at_row_4_and_report_the_line_where_they_start()
    {
        var (_, rows) = Fixture.Read("qualtrics-choice-text.csv");

        // The comment of the fourth response spans lines 7 and 8.
        rows.Select(r => r.Row).ShouldBe([4, 5, 6, 7, 9]);
    }

    [Fact]
    public void Qualtrics_choice_text_answers_are_kept_raw_and_aligned_with_the_answer_columns()
    {
        var (export, rows) = Fixture.Read("qualtrics-choice-text.csv");

        var row = rows[0];
        row.RespondentId.ShouldBe("R_1a2B3c4D5e6F7g8");
        row.ParticipantId.ShouldBe("MT-0042");
        row.PairId.ShouldBe("PAIR-017");
        row.Role.ShouldBe("mentee");
        row.Answers.ShouldBe(["6 to 12 months", "Agree", "Strongly agree", "Agree", "Talked about school,Played sport", "",
            "Every week", "Every two weeks", "She helped me a lot, thanks!"]);
        row.Cells[export.Column("IPAddress").Index].ShouldBe("203.0.113.7");
        row.Problems.ShouldBeEmpty();
        export.Answer(rows[3], "Q5").ShouldBe("We met at the library.\nThen we went to the park.");
    }

    [Fact]
    public void Qualtrics_preview_rows_are_skipped_with_their_status()
    {
        var (_, rows) = Fixture.Read("qualtrics-choice-text.csv");

        rows.Select(r => r.Skip).ShouldBe([null, SkipReason.SurveyPreview, null, null, SkipReason.Spam]);
        rows[1].Status.ShouldBe("Survey Preview");
        rows[1].IsSkipped.ShouldBeTrue();
        rows[0].Status.ShouldBe("IP Address");
    }

    [Fact]
    public void Qualtrics_partial_response_is_marked_partial()
    {
        var (_, rows) = Fixture.Read("qualtrics-choice-text.csv");

        rows[2].Completion.ShouldBe(ResponseCompletion.Partial);
        rows[0].Completion.ShouldBe(ResponseCompletion.Complete);
    }

    [Fact]
    public void Qualtrics_recorded_date_is_read_in_the_time_zone_its_ImportId_names()
    {
        var (_, rows) = Fixture.Read("qualtrics-choice-text.csv");

        rows[0].SubmittedAtText.ShouldBe("2024-03-05 14:02:11");
        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 5, 14, 2, 11, TimeSpan.FromHours(13)));
    }

    [Fact]
    public void Qualtrics_numeric_export_is_read_the_same_way()
    {
        var (export, rows) = Fixture.Read("qualtrics-numeric.csv");

        export.Format.ShouldBe(ExportFormat.Qualtrics);
        export.Problems.ShouldBeEmpty();
        rows[0].Answers.ShouldBe(["3", "4", "5", "4"]);
        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 5, 14, 2, 11, TimeSpan.Zero));
    }

    [Fact]
    public void Qualtrics_numeric_status_codes_mark_previews_tests_and_spam_and_keep_normal_imported_and_offline_rows()
    {
        var (_, rows) = Fixture.Read("qualtrics-numeric.csv");

        rows.Select(r => r.Status).ShouldBe(["0", "1", "2", "4", "8", "9", "16", "17", "0"]);
        rows.Select(r => r.Skip).ShouldBe([null, SkipReason.SurveyPreview, SkipReason.SurveyTest, null, SkipReason.Spam,
            SkipReason.PreviewSpam, null, SkipReason.OfflinePreview, null]);
    }

    [Fact]
    public void Qualtrics_numeric_Finished_0_is_partial_and_1_complete()
    {
        var (_, rows) = Fixture.Read("qualtrics-numeric.csv");

        rows[0].Completion.ShouldBe(ResponseCompletion.Complete);
        rows[^1].Completion.ShouldBe(ResponseCompletion.Partial);
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("1", SkipReason.SurveyPreview)]
    [InlineData("2", SkipReason.SurveyTest)]
    [InlineData("4", null)]
    [InlineData("8", SkipReason.Spam)]
    [InlineData("9", SkipReason.PreviewSpam)]
    [InlineData("16", null)]
    [InlineData("17", SkipReason.OfflinePreview)]
    [InlineData("IP Address", null)]
    [InlineData("Survey Preview", SkipReason.SurveyPreview)]
    [InlineData("Survey Test", SkipReason.SurveyTest)]
    [InlineData("Imported", null)]
    [InlineData("Spam", SkipReason.Spam)]
    [InlineData("Preview Spam", SkipReason.PreviewSpam)]
    [InlineData("Offline", null)]
    [InlineData("Offline Survey Preview", SkipReason.OfflinePreview)]
    public void Qualtrics_status_codes_and_texts_say_whether_a_row_is_a_real_response(string status, SkipReason? skip)
    {
        QualtricsStatus.Classify(status, out var known).ShouldBe(skip);
        known.ShouldBeTrue();
    }

    [Fact]
    public void Qualtrics_unknown_status_keeps_the_row_with_a_warning()
    {
        var (_, rows) = Fixture.ReadText("""
            ResponseId,Status,Finished,Q1
            Response ID,Response Type,Finished,How are you?
            "{""ImportId"":""_recordId""}","{""ImportId"":""status""}","{""ImportId"":""finished""}","{""ImportId"":""QID1""}"
            R_1,3,1,Fine
            """);

        rows[0].Skip.ShouldBeNull();
        rows[0].Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.UnknownStatus);
    }

    [Fact]
    public void Qualtrics_export_whose_extra_header_rows_were_deleted_is_read_with_a_warning()
    {
        var (export, rows) = Fixture.ReadText("""
            StartDate,EndDate,Status,Progress,Finished,RecordedDate,ResponseId,Q1,Q2_1
            2024-03-05 13:55:02,2024-03-05 14:02:11,0,100,1,2024-03-05 14:02:11,R_1,3,4
            """);

        export.Format.ShouldBe(ExportFormat.Qualtrics);
        export.Detection!.Evidence.ShouldHaveSingleItem().ShouldContain("no row holds ImportId JSON");
        export.Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.UnexpectedHeader);
        export.AnswerColumns.Select(c => c.Name).ShouldBe(["Q1", "Q2_1"]);
        rows.ShouldHaveSingleItem().Row.ShouldBe(2);
    }

    [Fact]
    public void Qualtrics_without_a_response_id_column_is_an_error()
    {
        var (export, _) = Fixture.ReadText("""
            StartDate,Status,Q1
            Start Date,Response Type,How are you?
            "{""ImportId"":""startDate""}","{""ImportId"":""status""}","{""ImportId"":""QID1""}"
            2024-03-05 13:55:02,0,Fine
            """);

        var problem = export.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.Export.MissingColumn);
        problem.Severity.ShouldBe(DiagnosticSeverity.Error);
        problem.Message.ShouldContain("\"ResponseId\"");
    }

    [Fact]
    public void Qualtrics_time_zone_unknown_to_the_machine_falls_back_to_the_default_with_a_warning()
    {
        var (export, rows) = Fixture.ReadText("""
            RecordedDate,ResponseId,Q1
            Recorded Date,Response ID,How are you?
            "{""ImportId"":""recordedDate"",""timeZone"":""Mars/Olympus_Mons""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}"
            2024-03-05 14:02:11,R_1,Fine
            """);

        export.Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.UnknownTimeZone);
        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 5, 14, 2, 11, TimeSpan.Zero));
    }
}
