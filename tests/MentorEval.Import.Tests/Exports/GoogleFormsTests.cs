using System.Text;
using MentorEval.Core.Diagnostics;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>Google Forms responses (Fixtures/google-forms.csv) and the date-order policy for locale timestamps.</summary>
public sealed class GoogleFormsTests
{
    [Fact]
    public void Google_Forms_is_detected_from_Timestamp_and_Email_Address()
    {
        var (export, _) = Fixture.Read("google-forms.csv");

        export.Format.ShouldBe(ExportFormat.GoogleForms);
        export.Detection!.Evidence[0].ShouldBe("row 1 starts with \"Timestamp\", Google Forms' first column, followed by \"Email Address\"");
    }

    [Fact]
    public void Google_Forms_grid_columns_are_split_into_question_and_row()
    {
        var (export, _) = Fixture.Read("google-forms.csv");

        var column = export.Column("How much do you agree? [My mentor helps me set goals]");
        column.QuestionText.ShouldBe("How much do you agree?");
        column.RowLabel.ShouldBe("My mentor helps me set goals");
        export.Column("Anything else?").QuestionText.ShouldBe("Anything else?");
        export.Column("Anything else?").RowLabel.ShouldBeNull();
    }

    [Fact]
    public void Google_Forms_email_is_the_respondent_id_and_every_row_is_complete()
    {
        var (export, rows) = Fixture.Read("google-forms.csv");

        export.Column("Timestamp").Kind.ShouldBe(ColumnKind.SubmittedAt);
        export.Column("Email Address").Kind.ShouldBe(ColumnKind.RespondentId);
        export.Column("Your participant code").Kind.ShouldBe(ColumnKind.Answer);
        rows.Select(r => r.RespondentId).ShouldBe(["aroha@example.org", "tama@example.org", "mere@example.org"]);
        rows.ShouldAllBe(r => r.Completion == ResponseCompletion.Complete);
    }

    [Fact]
    public void Google_Forms_checkbox_answers_stay_comma_joined_in_one_cell()
    {
        var (export, rows) = Fixture.Read("google-forms.csv");

        export.Answer(rows[0], "What did you do together?").ShouldBe("Talked about school, Played sport");
    }

    [Fact]
    public void Google_Forms_timestamps_are_month_first_when_a_date_proves_it()
    {
        var (export, rows) = Fixture.Read("google-forms.csv");

        export.DateOrder.ShouldBe(DateOrder.MonthFirst);
        export.Detection!.Evidence.ShouldContain("dates are read as month/day: row 3 has \"3/14/2024 9:20:41\"");
        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 5, 14, 2, 11, TimeSpan.Zero));
        rows[2].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 4, 2, 18, 45, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Google_Forms_timestamps_are_day_first_when_a_day_above_12_proves_it()
    {
        var (export, rows) = Fixture.ReadText("""
            Timestamp,Your participant code,How are you?
            04/03/2024 10:00:00,MT-0042,Fine
            13/03/2024 10:00:00,MT-0043,Good
            """);

        export.DateOrder.ShouldBe(DateOrder.DayFirst);
        export.Detection!.Evidence.ShouldContain("dates are read as day/month: row 3 has \"13/03/2024 10:00:00\"");
        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 4, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Google_Forms_timestamps_without_evidence_are_month_first_and_the_caller_can_say_otherwise()
    {
        const string text = """
            Timestamp,How are you?
            04/03/2024 10:00:00,Fine
            """;

        Fixture.ReadText(text).Rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 4, 3, 10, 0, 0, TimeSpan.Zero));
        Fixture.ReadText(text, new ExportReadOptions { DateOrder = DateOrder.DayFirst }).Rows[0].SubmittedAt
            .ShouldBe(new DateTimeOffset(2024, 3, 4, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_later_date_that_contradicts_the_date_order_is_read_the_only_way_it_can_be_with_a_warning()
    {
        var text = new StringBuilder("Timestamp,How are you?\n");
        for (var i = 0; i < 600; i++)
        {
            text.Append("3/5/2024 10:00:00,Fine\n");
        }

        text.Append("13/03/2024 10:00:00,Fine\n");

        var (_, rows) = Fixture.ReadText(text.ToString());

        var last = rows[^1];
        last.Row.ShouldBe(602);
        last.SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 13, 10, 0, 0, TimeSpan.Zero));
        last.Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.AmbiguousDateOrder);
    }

    [Fact]
    public void Timestamps_without_an_offset_are_read_in_the_callers_time_zone()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var (_, rows) = Fixture.Read("google-forms.csv", new ExportReadOptions { TimeZone = berlin });

        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 5, 14, 2, 11, TimeSpan.FromHours(1)));
        rows[2].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 4, 2, 18, 45, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Google_Forms_without_email_addresses_warns_that_rows_have_no_respondent_id()
    {
        var (export, rows) = Fixture.ReadText("""
            Timestamp,Your participant code
            3/5/2024 14:02:11,MT-0042
            """);

        var problem = export.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.Export.MissingColumn);
        problem.Severity.ShouldBe(Core.Diagnostics.DiagnosticSeverity.Warning);
        rows[0].RespondentId.ShouldBeNull();
        rows[0].Problems.ShouldBeEmpty();
    }
}
