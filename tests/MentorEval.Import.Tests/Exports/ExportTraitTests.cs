using MentorEval.Core.Diagnostics;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>
/// Exports as other people's tools really write them (issue 16, "Reading exports"): SurveyMonkey without its usual
/// identification columns, Typeform, Qualtrics' transitional "Insights" exporter, REDCap's newer repeat column, and a
/// header with bytes that are not UTF-8. Each fixture in Fixtures/ is ours, written with one trait.
/// </summary>
public sealed class ExportTraitTests
{
    [Fact]
    public void SurveyMonkey_with_RespondentID_and_no_Collector_ID_is_recognised_and_its_EndDate_is_the_submitted_time()
    {
        var (export, rows) = Fixture.Read("surveymonkey-respondentid.csv");

        export.Format.ShouldBe(ExportFormat.SurveyMonkey);
        export.Problems.ShouldBeEmpty();
        export.Column("RespondentID").Kind.ShouldBe(ColumnKind.RespondentId);
        export.Column("EndDate").Kind.ShouldBe(ColumnKind.SubmittedAt);
        export.AnswerColumns.Select(c => c.Text).ShouldBe([
            "How much do you agree with each statement? - My partner listens to me",
            "How much do you agree with each statement? - We set goals together",
            "How many times did you meet this month?",
        ]);
        rows.Select(r => r.Row).ShouldBe([3, 4]);
        rows[0].RespondentId.ShouldBe("5501");
        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 5, 14, 2, 11, TimeSpan.Zero));
    }

    [Fact]
    public void SurveyMonkey_starting_StartDate_EndDate_without_any_id_column_is_recognised_with_a_warning_not_an_error()
    {
        var (export, rows) = Fixture.Read("surveymonkey-no-id.csv");

        export.Format.ShouldBe(ExportFormat.SurveyMonkey);
        export.HasErrors.ShouldBeFalse();
        export.Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.MissingColumn);
        rows.Count.ShouldBe(2);
        rows[1].SubmittedAtText.ShouldBe("03/13/2024 09:20:41");
        rows[1].RespondentId.ShouldBeNull();
    }

    [Fact]
    public void Typeform_is_a_recognised_format_with_its_token_as_the_response_id_and_the_submit_date_in_UTC()
    {
        var (export, rows) = Fixture.Read("typeform.csv");

        export.Format.ToString().ShouldBe("Typeform");
        export.Problems.ShouldBeEmpty();
        export.Column("#").Kind.ShouldBe(ColumnKind.RespondentId);
        export.Column("Network ID").Kind.ShouldBe(ColumnKind.Metadata);
        export.Column("Start Date (UTC)").Kind.ShouldBe(ColumnKind.Metadata);
        export.AnswerColumns.Select(c => c.Name).ShouldBe(["My partner listens to me", "How many times did you meet this month?"]);
        rows[0].RespondentId.ShouldBe("a1b2c3d4e5f6g7h8");
        rows[0].ParticipantId.ShouldBe("ME-01");
        rows[1].SubmittedAt.ShouldBe(new DateTimeOffset(2024, 3, 6, 8, 4, 30, TimeSpan.Zero));
    }

    [Fact]
    public void Qualtrics_Insights_exports_have_their_single_quoted_third_row_read_as_the_ImportId_row()
    {
        var (export, rows) = Fixture.Read("qualtrics-insights.csv");

        export.Format.ShouldBe(ExportFormat.Qualtrics);
        export.Problems.ShouldBeEmpty();
        rows.Select(r => r.Row).ShouldBe([4, 5]);
        rows.ShouldAllBe(r => !r.HasErrors);
        export.Column("Q1_1").VendorId.ShouldBe("QID3_1");
        export.Column("Q1_1").RowLabel.ShouldBe("My partner listens to me");
        rows[0].ParticipantId.ShouldBe("ME-01");
        rows[0].SubmittedAt.ShouldBe(new DateTimeOffset(2017, 3, 5, 14, 2, 12, TimeSpan.Zero));
    }

    [Fact]
    public void REDCap_redcap_form_instance_is_the_repeat_instance()
    {
        var (export, rows) = Fixture.Read("redcap-form-instance.csv");

        export.Column("redcap_form_instance").Kind.ShouldBe(ColumnKind.RepeatInstance);
        rows.Select(r => r.RepeatInstance).ShouldBe([1, 2]);
    }

    [Fact]
    public void A_header_with_MacRoman_bytes_in_a_UTF8_file_is_read_as_UTF8_with_only_those_bytes_replaced()
    {
        var (export, rows) = Fixture.Read("macroman-header.csv");

        export.Dialect!.Encoding.ShouldBe(TextEncoding.Utf8);
        export.AnswerColumns[0].Name.ShouldStartWith("How was the caf");
        export.Answer(rows[1], "Anything else you want to tell us?").ShouldBe("Tēnā koe");
        export.Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.EncodingFallback);
    }

    [Fact]
    public void A_large_file_with_bad_bytes_only_in_its_header_is_read_as_UTF8_not_as_Windows1252_as_a_whole()
    {
        // The first accented answer comes after the 64 KB the encoding is told from.
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 3000; i++) text.Append("8/26/2024 18:02:11,person").Append(i).Append("@example.org,Agree,nothing to add\n");
        text.Append("8/27/2024 9:20:41,tama@example.org,Disagree,Tēnā koe\n");
        byte[] header = [.. "Timestamp,Email Address,How was the caf"u8, 0x8E, .. " meeting?,Anything else you want to tell us?\n"u8];

        var (export, rows) = Fixture.ReadBytes([.. header, .. System.Text.Encoding.UTF8.GetBytes(text.ToString())]);

        export.Dialect!.Encoding.ShouldBe(TextEncoding.Utf8);
        export.Answer(rows[^1], "Anything else you want to tell us?").ShouldBe("Tēnā koe");
    }

    [Fact]
    public void A_valid_UTF8_file_gets_no_encoding_warning()
    {
        var (export, _) = Fixture.ReadBytes("Timestamp,Email Address,Kia ora – how was it?\n8/26/2024 18:02:11,a@example.org,Tēnā koe\n"u8.ToArray());

        export.Problems.ShouldBeEmpty();
    }
}
