using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>SurveyMonkey's two header rows with a matrix and a multi-select question (Fixtures/surveymonkey.csv).</summary>
public sealed class SurveyMonkeyTests
{
    private const string Agree = "How much do you agree with each statement?";

    [Fact]
    public void SurveyMonkey_is_detected_from_its_identification_columns()
    {
        var (export, _) = Fixture.Read("surveymonkey.csv");

        export.Format.ShouldBe(ExportFormat.SurveyMonkey);
        export.Detection!.Evidence[0].ShouldContain("Respondent ID and Collector ID");
    }

    [Fact]
    public void SurveyMonkey_question_text_is_carried_over_its_columns_and_combined_with_the_row_label()
    {
        var (export, _) = Fixture.Read("surveymonkey.csv");

        export.AnswerColumns.Select(c => c.Name).ShouldBe([
            "How long have you been meeting with your mentor?",
            $"{Agree} - My mentor listens to me",
            $"{Agree} - My mentor helps me set goals",
            $"{Agree} - I trust my mentor",
            "What did you do together? (select all that apply) - Talked about school",
            "What did you do together? (select all that apply) - Played sport",
            "What did you do together? (select all that apply) - Other (please specify)",
            "Anything else you want to tell us?",
        ]);
        var trust = export.AnswerColumns[3];
        trust.QuestionText.ShouldBe(Agree);
        trust.RowLabel.ShouldBe("I trust my mentor");
        trust.Header.ShouldBe("");
        export.AnswerColumns[0].RowLabel.ShouldBeNull();
    }

    [Fact]
    public void SurveyMonkey_open_ended_and_other_columns_are_text_entries()
    {
        var (export, _) = Fixture.Read("surveymonkey.csv");

        export.AnswerColumns.Select(c => c.IsTextEntry).ShouldBe([false, false, false, false, false, false, true, true]);
    }

    [Theory]
    [InlineData("Respondent ID", ColumnKind.RespondentId)]
    [InlineData("Collector ID", ColumnKind.Metadata)]
    [InlineData("Start Date", ColumnKind.Metadata)]
    [InlineData("End Date", ColumnKind.SubmittedAt)]
    [InlineData("Email Address", ColumnKind.Metadata)]
    [InlineData("Custom Data 1", ColumnKind.ParticipantId)]
    public void SurveyMonkey_identification_columns_have_their_kind(string name, ColumnKind kind)
    {
        var (export, _) = Fixture.Read("surveymonkey.csv");

        export.Column(name).Kind.ShouldBe(kind);
    }

    [Fact]
    public void SurveyMonkey_rows_start_at_row_3_with_the_end_date_as_submitted_time()
    {
        var (export, rows) = Fixture.Read("surveymonkey.csv");

        rows.Select(r => r.Row).ShouldBe([3, 4, 5]);
        rows[0].RespondentId.ShouldBe("114483840912");
        rows[0].ParticipantId.ShouldBe("MT-0042");
        rows[0].SubmittedAtText.ShouldBe("03/05/2024 02:02:11 PM");
        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 5, 14, 2, 11, TimeSpan.Zero));
        rows[0].Completion.ShouldBe(ResponseCompletion.Unknown);
        export.DateOrder.ShouldBe(DateOrder.MonthFirst);
        export.Detection!.Evidence.ShouldContain("dates are read as month/day: row 4 has \"03/13/2024 09:20:41 AM\"");
    }

    [Fact]
    public void SurveyMonkey_matrix_answers_are_aligned_with_their_columns()
    {
        var (export, rows) = Fixture.Read("surveymonkey.csv");

        rows[1].Answers.ShouldBe(["3 to 6 months", "Disagree", "Agree", "Agree", "", "Played sport", "Cooked dinner", ""]);
        export.Answer(rows[0], "Anything else you want to tell us?").ShouldBe("She is great, really.");
    }
}
