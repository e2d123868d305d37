using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>MentorEval's own layout (Fixtures/generic.csv), and what happens when no format is recognized.</summary>
public sealed class GenericTests
{
    [Fact]
    public void Generic_export_is_detected_from_respondent_id()
    {
        var (export, _) = Fixture.Read("generic.csv");

        export.Format.ShouldBe(ExportFormat.Generic);
        export.Detection!.Evidence.ShouldBe(["row 1 names respondent_id, MentorEval's generic layout"]);
        export.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Generic_identification_columns_are_recognized_and_the_rest_are_items()
    {
        var (export, _) = Fixture.Read("generic.csv");

        export.Columns.Select(c => c.Kind).ShouldBe([ColumnKind.RespondentId, ColumnKind.PairId, ColumnKind.Role, ColumnKind.Wave,
            ColumnKind.SubmittedAt, ColumnKind.Answer, ColumnKind.Answer, ColumnKind.Answer, ColumnKind.Answer]);
        export.AnswerColumns.Select(c => (c.Name, c.AnswerIndex)).ShouldBe([("mca01", 0), ("mca02", 1), ("mca03", 2), ("mca04", 3)]);
    }

    [Fact]
    public void Generic_rows_carry_ids_ISO_timestamps_and_raw_answers()
    {
        var (_, rows) = Fixture.Read("generic.csv");

        rows.Select(r => (r.Row, r.RespondentId, r.PairId, r.Role, r.Wave)).ShouldBe([
            (2, "MT-0001", "PAIR-01", "mentor", "1"),
            (3, "ME-0001", "PAIR-01", "mentee", "1"),
            (4, "MT-0002", "PAIR-02", "mentor", "1"),
        ]);
        rows.Select(r => r.SubmittedAt).ShouldBe([
            new DateTimeOffset(2024, 3, 5, 14, 2, 11, TimeSpan.Zero),
            new DateTimeOffset(2024, 3, 5, 16, 30, 0, TimeSpan.FromHours(13)),
            new DateTimeOffset(2024, 3, 6, 0, 0, 0, TimeSpan.Zero),
        ]);
        rows[1].Answers.ShouldBe(["5", "5", "4", ""]);
        rows[2].Answers[3].ShouldBe("99");
        rows.ShouldAllBe(r => r.Completion == ResponseCompletion.Unknown && r.Problems.Count == 0);
    }

    [Fact]
    public void Generic_only_needs_respondent_id_and_matches_names_ignoring_case()
    {
        var (export, rows) = Fixture.ReadText("""
            Respondent_ID,mca01
            MT-0001,4
            """);

        export.Problems.ShouldBeEmpty();
        rows[0].RespondentId.ShouldBe("MT-0001");
        rows[0].PairId.ShouldBeNull();
        rows[0].SubmittedAt.ShouldBeNull();
    }

    [Fact]
    public void A_file_no_format_recognizes_is_read_as_generic_and_its_missing_respondent_id_is_an_error()
    {
        var (export, rows) = Fixture.ReadText("""
            id,mca01
            MT-0001,4
            """);

        export.Format.ShouldBe(ExportFormat.Generic);
        export.Detection!.Evidence.ShouldBe(["no survey tool's header was recognized; read as MentorEval's generic layout"]);
        var problem = export.Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Severity, problem.Row).ShouldBe((DiagnosticCodes.Export.MissingColumn, DiagnosticSeverity.Error, 1));
        export.HasErrors.ShouldBeTrue();
        rows.ShouldHaveSingleItem().RespondentId.ShouldBeNull();
    }

    [Fact]
    public void A_row_with_an_empty_respondent_id_is_an_error_naming_the_row_and_column()
    {
        var (_, rows) = Fixture.ReadText("""
            respondent_id,mca01
            MT-0001,4
            ,5
            """);

        var problem = rows[1].Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Row, problem.Column).ShouldBe((DiagnosticCodes.Export.MissingRespondentId, 3, "\"respondent_id\" (A)"));
        rows[1].HasErrors.ShouldBeTrue();
        problem.ToString().ShouldStartWith("inline.csv, row 3, column \"respondent_id\" (A): ");
    }

    [Fact]
    public void An_unreadable_submitted_at_keeps_the_text_and_warns()
    {
        var (_, rows) = Fixture.ReadText("""
            respondent_id,submitted_at,mca01
            MT-0001,last Tuesday,4
            """);

        rows[0].SubmittedAt.ShouldBeNull();
        rows[0].SubmittedAtText.ShouldBe("last Tuesday");
        rows[0].Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.UnreadableTimestamp);
    }

    [Fact]
    public void The_caller_can_force_a_format()
    {
        var (export, _) = Fixture.Read("google-forms.csv", new ExportReadOptions { Format = ExportFormat.Generic });

        export.Format.ShouldBe(ExportFormat.Generic);
        export.Detection!.Forced.ShouldBeTrue();
        export.Detection.Evidence.ShouldBe(["the format was chosen by the caller"]);
    }

    [Fact]
    public void Rows_can_be_read_only_once()
    {
        using var export = Fixture.Open("generic.csv");
        export.ReadRows().ToList();

        Should.Throw<InvalidOperationException>(() => export.ReadRows());
    }
}
