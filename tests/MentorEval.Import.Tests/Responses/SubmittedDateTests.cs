using System.Text;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;

namespace MentorEval.Import.Tests.Responses;

/// <summary>
/// A submitted time that is no time (not a date, no such day, a placeholder such as 0001-01-01) never vanishes: the
/// row is rejected with the cell, its text and the fix, or with --partial keep stored without a time, its text kept,
/// and flagged. A time far outside the program's span (before 1990, more than a year after the import) is stored as
/// given and flagged.
/// </summary>
public sealed class SubmittedDateTests
{
    private static readonly Instrument Pulse = InstrumentDefinition.Parse("""
        { "id": "pulse", "version": "1.0.0", "title": "Pulse", "citation": "test", "roles": ["mentee"],
          "responseScales": [ { "id": "agree5", "min": 1, "max": 5 } ],
          "items": [ { "id": "listens", "text": "My mentor listens to me", "responseScale": "agree5" } ] }
        """, "pulse.json").Instrument!;

    private static readonly DateTimeOffset ImportTime = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2025-02-30", "is not a date on the calendar")]
    [InlineData("not a date", "is not a date and time this reader knows")]
    [InlineData("0001-01-01", "is a placeholder for a missing date")]
    [InlineData("1900-01-01 00:00:00", "is a placeholder for a missing date")]
    public void An_unreadable_submitted_time_rejects_the_row_with_the_cell_its_text_and_the_fix(string submitted, string why)
    {
        var outcome = Read(submitted, new ResponseImportOptions { Role = Role.Mentee, Wave = "w1", Clock = new FixedClock(ImportTime) });

        var cell = outcome.ShouldBeOfType<RowOutcome.Rejected>().Cells.ShouldHaveSingleItem();
        (cell.Row, cell.Column, cell.Value).ShouldBe((2, "\"submitted_at\" (B)", submitted));
        cell.Message.ShouldContain(why);
        cell.Fix.ShouldNotBeNull().ShouldStartWith("Correct the date in the file, or import with --partial keep");
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("not a date")]
    [InlineData("0001-01-01")]
    public void When_kept_an_unreadable_submitted_time_is_stored_as_missing_with_its_text_and_flagged(string submitted)
    {
        var outcome = Read(submitted, new ResponseImportOptions { Role = Role.Mentee, Wave = "w1", KeepUnreadableDates = true, Clock = new FixedClock(ImportTime) });

        var accepted = outcome.ShouldBeOfType<RowOutcome.Accepted>();
        accepted.Response.SubmittedAt.ShouldBeNull();
        accepted.Response.SubmittedAtText.ShouldBe(submitted);
        var flag = accepted.Flagged.ShouldHaveSingleItem();
        (flag.Column, flag.Value).ShouldBe(("\"submitted_at\" (B)", submitted));
        flag.Message.ShouldContain("stored without a submitted time, its text kept");
    }

    [Theory]
    [InlineData("2099-01-01", "more than a year after this import")]
    [InlineData("9999-12-31 23:59:59", "more than a year after this import")]
    [InlineData("2026-06-02", "more than a year after this import")]
    [InlineData("1985-06-01", "before 1990")]
    public void A_submitted_time_far_outside_the_programs_span_is_stored_as_given_and_flagged(string submitted, string why)
    {
        var outcome = Read(submitted, new ResponseImportOptions { Role = Role.Mentee, Wave = "w1", Clock = new FixedClock(ImportTime) });

        var accepted = outcome.ShouldBeOfType<RowOutcome.Accepted>();
        accepted.Response.SubmittedAt.ShouldNotBeNull();
        var flag = accepted.Flagged.ShouldHaveSingleItem();
        (flag.Column, flag.Value).ShouldBe(("submitted at", submitted));
        flag.Message.ShouldContain(why);
    }

    [Theory]
    [InlineData("1990-01-01")]
    [InlineData("2025-06-01 11:00:00")]
    [InlineData("2026-05-31")]
    public void A_submitted_time_within_the_span_is_not_flagged(string submitted)
    {
        var outcome = Read(submitted, new ResponseImportOptions { Role = Role.Mentee, Wave = "w1", Clock = new FixedClock(ImportTime) });

        var accepted = outcome.ShouldBeOfType<RowOutcome.Accepted>();
        accepted.Flagged.ShouldBeEmpty();
        accepted.Response.SubmittedAtText.ShouldBeNull();
    }

    [Fact]
    public void Scoring_a_file_does_not_judge_submitted_times_it_never_uses()
    {
        using var reader = Open("not a date");
        var options = new ResponseImportOptions();
        var rows = ResponseReader.ForScoring("inline.csv", Pulse, ColumnMapper.Map(Pulse, reader.AnswerColumns, options.Map), options, reader.Format, decimalComma: false);

        rows.Read(reader.ReadRows(rows.AnswerColumns).Single()).ShouldBeOfType<RowOutcome.Accepted>().Flagged.ShouldBeEmpty();
    }

    private static RowOutcome Read(string submitted, ResponseImportOptions options)
    {
        using var reader = Open(submitted);
        var rows = new ResponseReader("inline.csv", Pulse, ColumnMapper.Map(Pulse, reader.AnswerColumns, options.Map), new RosterIndex([]), options, reader.Format, decimalComma: false);
        return rows.Read(reader.ReadRows(rows.AnswerColumns).Single());
    }

    private static ExportReader Open(string submitted) =>
        ExportReader.Open(new MemoryStream(Encoding.UTF8.GetBytes($"respondent_id,submitted_at,listens\nME-01,{submitted},4\n")), "inline.csv");

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
