using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>Qualtrics' legacy exporter (Fixtures/qualtrics-legacy.csv): V1..V10 over labels, trailing comma on each line.</summary>
public sealed class QualtricsLegacyTests
{
    [Fact]
    public void Legacy_Qualtrics_is_detected_from_V1_over_ResponseID()
    {
        var (export, _) = Fixture.Read("qualtrics-legacy.csv");

        export.Format.ShouldBe(ExportFormat.QualtricsLegacy);
        export.Detection!.Evidence.ShouldHaveSingleItem().ShouldContain("row 1 starts V1, V2, … and row 2 names ResponseID");
    }

    [Fact]
    public void Legacy_fixed_fields_are_named_by_their_labels_and_questions_by_their_ids()
    {
        var (export, _) = Fixture.Read("qualtrics-legacy.csv");

        export.Columns.Select(c => c.Name).ShouldBe(["ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress",
            "IPAddress", "Status", "StartDate", "EndDate", "Finished", "Q1", "Q2_1", "Q2_2", "Q3_TEXT"]);
        export.Column("ResponseID").Header.ShouldBe("V1");
        export.Column("ResponseID").Kind.ShouldBe(ColumnKind.RespondentId);
        export.Column("ExternalDataReference").Kind.ShouldBe(ColumnKind.ParticipantId);
        export.Column("EndDate").Kind.ShouldBe(ColumnKind.SubmittedAt);
        export.Column("Q1").QuestionText.ShouldBe("How long have you been meeting with your mentor?");
        export.Column("Q3_TEXT").IsTextEntry.ShouldBeTrue();
    }

    [Fact]
    public void Legacy_trailing_comma_adds_no_column_and_no_problem()
    {
        var (export, rows) = Fixture.Read("qualtrics-legacy.csv");

        export.Columns.Count.ShouldBe(14);
        export.Problems.ShouldBeEmpty();
        rows.ShouldAllBe(r => r.Problems.Count == 0);
    }

    [Fact]
    public void Legacy_rows_start_at_row_3_with_previews_skipped_and_partials_marked()
    {
        var (export, rows) = Fixture.Read("qualtrics-legacy.csv");

        rows.Select(r => r.Row).ShouldBe([3, 4, 5]);
        rows[0].RespondentId.ShouldBe("R_3KxGh2Lq8mVfTzA");
        rows[0].ParticipantId.ShouldBe("MT-0007");
        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2014, 3, 5, 14, 2, 11, TimeSpan.Zero));
        rows[0].Completion.ShouldBe(ResponseCompletion.Complete);
        export.Answer(rows[0], "Q3_TEXT").ShouldBe("Good, thanks");
        rows[1].Skip.ShouldBe(SkipReason.SurveyPreview);
        rows[2].Completion.ShouldBe(ResponseCompletion.Partial);
    }
}
