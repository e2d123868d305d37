using System.Text;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>
/// A row whose cells do not line up with the header is not guessed at, the same both ways: fewer cells than the header
/// (a lost separator shifts later answers into the wrong items) and a non-blank cell beyond it (a separator inside an
/// unquoted answer) are each an error of that row. Blank cells beyond the header are trailing separators, not data.
/// A record too long or too wide to be a response stops the reading with an error naming the row.
/// </summary>
public sealed class RaggedRowTests
{
    [Fact]
    public void A_row_with_fewer_cells_than_the_header_is_an_error_of_that_row_like_one_with_more()
    {
        var (_, rows) = Fixture.ReadText("""
            respondent_id,wave,q1,q2
            ME-01,w1,4,5
            ME-02,w1,4
            ME-03,w1,4,5,6
            ME-04,w1,4,5,,
            """);

        var shorter = rows[1].Problems.ShouldHaveSingleItem();
        (shorter.Code, shorter.Severity, shorter.Row, shorter.Column).ShouldBe((DiagnosticCodes.Export.RaggedRow, DiagnosticSeverity.Error, 3, "D"));
        shorter.Message.ShouldStartWith("This row has 3 cells but the header has 4 columns: cell D is missing.");
        var longer = rows[2].Problems.ShouldHaveSingleItem();
        (longer.Code, longer.Severity, longer.Row, longer.Column).ShouldBe((DiagnosticCodes.Export.RaggedRow, DiagnosticSeverity.Error, 4, "E"));
        longer.Message.ShouldStartWith("This row has 5 cells but the header has 4 columns");
        rows[0].Problems.ShouldBeEmpty();
        rows[3].Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Several_missing_cells_are_named_as_a_range()
    {
        var (_, rows) = Fixture.ReadText("""
            respondent_id,wave,q1,q2,q3
            ME-01,w1
            """);

        rows[0].Problems.ShouldHaveSingleItem().Message.ShouldStartWith("This row has 2 cells but the header has 5 columns: cells C–E are missing.");
    }

    [Fact]
    public void A_record_longer_than_the_bound_stops_the_reading_with_an_error_naming_the_file_and_row()
    {
        var text = "respondent_id,wave,q1\nME-01,w1,4\nME-02,w1," + new string('x', 20 * 1024 * 1024) + "\nME-03,w1,5\n";
        using var export = ExportReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "huge.csv");

        var rows = export.ReadRows().ToList();

        rows.Count.ShouldBeLessThan(3);
        var problem = export.Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Severity, problem.Row).ShouldBe((DiagnosticCodes.Export.RecordTooLarge, DiagnosticSeverity.Error, 3));
        problem.ToString().ShouldStartWith("huge.csv, row 3: A record is larger than 16 MB, so reading stopped here.");
    }

    [Fact]
    public void A_record_with_more_cells_than_any_export_has_stops_the_reading_with_an_error_naming_the_row()
    {
        var text = "respondent_id,wave,q1\nME-01,w1,4\n" + new string(',', 10_000) + "x\nME-03,w1,5\n";
        using var export = ExportReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "wide.csv");

        var rows = export.ReadRows().ToList();

        rows.Count.ShouldBe(1);
        var problem = export.Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Severity, problem.Row).ShouldBe((DiagnosticCodes.Export.RecordTooLarge, DiagnosticSeverity.Error, 3));
        problem.Message.ShouldStartWith("This row has 10,001 cells, more than the 10,000 columns any survey export has, so reading stopped here.");
    }
}
