using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>
/// The column the caller names as the respondents' id (<see cref="ExportReadOptions.RespondentColumn"/>): a question such as
/// "Your participant code" becomes the participant id of every row, in any format, and is no longer an answer.
/// </summary>
public sealed class RespondentColumnTests
{
    private const string GoogleFormWithoutEmail = """
        Timestamp,Your participant code,How are you?
        3/5/2024 14:02:11,MT-0042,Fine
        3/14/2024 9:20:41,ME-0042,Good
        """;

    private static ExportReadOptions Named(string column) => new() { RespondentColumn = column };

    [Fact]
    public void A_Google_Form_without_email_addresses_is_identified_by_the_question_named()
    {
        var (export, rows) = Fixture.ReadText(GoogleFormWithoutEmail, Named("Your participant code"));

        export.Column("Your participant code").Kind.ShouldBe(ColumnKind.ParticipantId);
        export.AnswerColumns.Select(c => c.Name).ShouldBe(["How are you?"]);
        rows.Select(r => r.ParticipantId).ShouldBe(["MT-0042", "ME-0042"]);
        export.Answer(rows[0], "How are you?").ShouldBe("Fine");
        export.Problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("your PARTICIPANT code")]
    [InlineData("  Your participant code ")]
    public void The_respondent_column_is_found_ignoring_case_and_surrounding_spaces(string asked)
    {
        var (export, rows) = Fixture.ReadText(GoogleFormWithoutEmail, Named(asked));

        export.Column("Your participant code").Kind.ShouldBe(ColumnKind.ParticipantId);
        rows[0].ParticipantId.ShouldBe("MT-0042");
    }

    [Fact]
    public void A_respondent_column_not_in_the_file_is_an_error_naming_it_the_closest_column_and_all_the_columns()
    {
        var (export, rows) = Fixture.ReadText(GoogleFormWithoutEmail, Named("Participant ID"));

        export.HasErrors.ShouldBeTrue();
        var problem = export.Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Severity, problem.Row).ShouldBe((DiagnosticCodes.Export.UnusableRespondentColumn, DiagnosticSeverity.Error, 1));
        problem.ToString().ShouldBe("inline.csv, row 1: The respondent column \"Participant ID\" is not in this file. "
            + "Closest: \"Your participant code\" (B). The columns are \"Timestamp\" (A), \"Your participant code\" (B), \"How are you?\" (C). "
            + "Give the column's name or header as the file writes it (case and surrounding spaces do not matter).");
        rows.ShouldAllBe(r => r.ParticipantId == null);
    }

    [Fact]
    public void In_a_wide_export_a_missing_respondent_column_lists_the_closest_columns_with_their_question_text()
    {
        var (export, _) = Fixture.Read("qualtrics-choice-text.csv", Named("mentor meeting"));

        var problem = export.Problems.Where(p => p.Severity == DiagnosticSeverity.Error).ShouldHaveSingleItem();
        problem.Message.ShouldStartWith("The respondent column \"mentor meeting\" is not in this file. "
            + "Closest: \"Q1\" (R, \"How long have you been meeting with your mentor?\"), \"Q2_1\" (S, ");
        problem.Message.ShouldContain("The file has 28 columns; the header (row 1) names them all.");
    }

    [Fact]
    public void In_a_wide_export_with_no_close_column_the_first_columns_are_listed()
    {
        var (export, _) = Fixture.Read("qualtrics-choice-text.csv", Named("Kaiako code"));

        var problem = export.Problems.Where(p => p.Severity == DiagnosticSeverity.Error).ShouldHaveSingleItem();
        problem.Message.ShouldContain("The first 12 of its 28 columns are \"StartDate\" (A, \"Start Date\"), \"EndDate\" (B, \"End Date\"),");
        problem.Message.ShouldNotContain("Closest");
    }

    [Fact]
    public void A_Qualtrics_question_is_found_by_its_text_and_replaces_ExternalReference_as_the_participant()
    {
        var (export, rows) = Fixture.ReadText("""
            ResponseId,Finished,ExternalReference,Q1,Q2
            Response ID,Finished,External Data Reference,Your participant code,How are you?
            "{""ImportId"":""_recordId""}","{""ImportId"":""finished""}","{""ImportId"":""externalDataReference""}","{""ImportId"":""QID1_TEXT""}","{""ImportId"":""QID2""}"
            R_1a2B3c4D5e6F7g8,1,,MT-0042,Fine
            """, Named("Your participant code"));

        export.Format.ShouldBe(ExportFormat.Qualtrics);
        export.Column("Q1").Kind.ShouldBe(ColumnKind.ParticipantId);
        export.Column("ExternalReference").Kind.ShouldBe(ColumnKind.Metadata);
        export.AnswerColumns.Select(c => c.Name).ShouldBe(["Q2"]);
        (rows[0].ParticipantId, rows[0].RespondentId).ShouldBe(("MT-0042", "R_1a2B3c4D5e6F7g8"));
    }

    [Fact]
    public void A_SurveyMonkey_question_replaces_Custom_Data_1_as_the_participant()
    {
        var (export, rows) = Fixture.ReadText("""
            Respondent ID,Collector ID,End Date,Custom Data 1,Your participant code,How are you?
            ,,,,Open-Ended Response,Response
            114483840912,431287702,03/05/2024 02:02:11 PM,,MT-0042,Fine
            """, Named("Your participant code"));

        export.Format.ShouldBe(ExportFormat.SurveyMonkey);
        export.Column("Your participant code").Kind.ShouldBe(ColumnKind.ParticipantId);
        export.Column("Custom Data 1").Kind.ShouldBe(ColumnKind.Metadata);
        rows[0].ParticipantId.ShouldBe("MT-0042");
    }

    [Fact]
    public void A_generic_file_without_respondent_id_can_name_its_id_column_instead()
    {
        var (export, rows) = Fixture.ReadText("""
            code,pair_id,role,mca01
            MT-0042,P-1,mentor,4
            """, Named("code"));

        export.Problems.ShouldBeEmpty();
        rows[0].ParticipantId.ShouldBe("MT-0042");
        rows[0].Problems.ShouldBeEmpty();
    }

    [Fact]
    public void The_first_of_two_columns_with_the_same_header_is_the_one_named()
    {
        var (export, rows) = Fixture.ReadText("""
            Timestamp,Your participant code,Your participant code
            3/5/2024 14:02:11,MT-0042,ME-0042
            """, Named("Your participant code"));

        rows[0].ParticipantId.ShouldBe("MT-0042");
        export.Column("Your participant code (2)").Kind.ShouldBe(ColumnKind.Answer);
    }

    [Fact]
    public void A_question_text_shared_by_several_columns_is_refused_and_their_names_are_given()
    {
        var (export, _) = Fixture.ReadText("""
            ResponseId,Finished,Q1,Q2
            Response ID,Finished,Code,Code
            "{""ImportId"":""_recordId""}","{""ImportId"":""finished""}","{""ImportId"":""QID1_TEXT""}","{""ImportId"":""QID2_TEXT""}"
            R_1a2B3c4D5e6F7g8,1,MT-0042,MT-0042
            """, Named("code"));

        export.Problems.ShouldHaveSingleItem().Message.ShouldBe("The respondent column \"code\" is the header or question of several columns: "
            + "\"Q1\" (C, \"Code\"), \"Q2\" (D, \"Code\"). Name the one that holds the respondents' ids by its column name, e.g. \"Q1\".");
    }

    [Fact]
    public void A_column_that_already_means_something_else_cannot_be_the_respondent_column()
    {
        var (export, _) = Fixture.ReadText(GoogleFormWithoutEmail, Named("Timestamp"));

        var problem = export.Problems.ShouldHaveSingleItem();
        problem.Severity.ShouldBe(DiagnosticSeverity.Error);
        problem.Message.ShouldBe("The respondent column \"Timestamp\" is column \"Timestamp\" (A), which holds when the response was submitted. "
            + "Name the column that holds each respondent's participant code instead.");
    }

    [Fact]
    public void Without_a_respondent_column_the_Google_Form_still_warns_and_its_rows_have_no_id()
    {
        var (export, rows) = Fixture.ReadText(GoogleFormWithoutEmail);

        var problem = export.Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Severity).ShouldBe((DiagnosticCodes.Export.MissingColumn, DiagnosticSeverity.Warning));
        problem.Fix.ShouldNotBeNull().ShouldContain("--respondent-column \"Your participant code\"");
        export.Column("Your participant code").Kind.ShouldBe(ColumnKind.Answer);
        rows.ShouldAllBe(r => r.ParticipantId == null && r.RespondentId == null);
    }

    /// <summary>Programs add their own ids to any tool's export under the generic layout's names, as they do pair_id.</summary>
    [Theory]
    [InlineData("ResponseId,Finished,participant_id,Q1\nR_1a2B3c4D5e6F7g8,1,MT-0042,4\n", ExportFormat.Qualtrics)]
    [InlineData("ResponseId,Finished,respondent_id,Q1\nR_1a2B3c4D5e6F7g8,1,MT-0042,4\n", ExportFormat.Qualtrics)]
    [InlineData("V1,V2,Q1,respondent_id\nResponseID,Finished,How are you?,respondent_id\nR_1,1,4,MT-0042\n", ExportFormat.QualtricsLegacy)]
    [InlineData("record_id,participant_id,mca01,mentee_survey_complete\n1,MT-0042,4,2\n", ExportFormat.Redcap)]
    public void A_respondent_id_or_participant_id_field_the_program_added_to_a_tools_export_is_the_participant(string text, ExportFormat format)
    {
        var (export, rows) = Fixture.ReadText(text);

        export.Format.ShouldBe(format);
        rows[0].ParticipantId.ShouldBe("MT-0042");
    }
}
