using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>The timestamps survey tools write, read month-first in UTC unless the case says otherwise.</summary>
public sealed class TimestampTests
{
    [Theory]
    [InlineData("2024-03-05 14:02:11", "2024-03-05T14:02:11+00:00")] // Qualtrics, REDCap
    [InlineData("2024-03-05T14:02:11Z", "2024-03-05T14:02:11+00:00")] // ISO 8601
    [InlineData("2024-03-05T14:02:11.25+13:00", "2024-03-05T14:02:11.25+13:00")]
    [InlineData("2024-03-05T14:02:11-0500", "2024-03-05T14:02:11-05:00")]
    [InlineData("2024-03-05", "2024-03-05T00:00:00+00:00")]
    [InlineData("2024-03-05 14:02", "2024-03-05T14:02:00+00:00")]
    [InlineData("03/05/2024 02:02:11 PM", "2024-03-05T14:02:11+00:00")] // SurveyMonkey
    [InlineData("03/05/2024 12:00:00 AM", "2024-03-05T00:00:00+00:00")]
    [InlineData("03/05/2024 12:30:00 PM", "2024-03-05T12:30:00+00:00")]
    [InlineData("3/5/2024 14:02:11", "2024-03-05T14:02:11+00:00")] // Google Forms, English (US)
    [InlineData("3/5/24 9:05", "2024-03-05T09:05:00+00:00")] // re-saved by Excel
    [InlineData("05.03.2024 14:02:11", "2024-03-05T14:02:11+00:00")] // German sheet: dotted dates are day first
    [InlineData("2024/03/05 14:02:11", "2024-03-05T14:02:11+00:00")] // Japanese sheet
    [InlineData(" 2024-03-05 14:02:11 ", "2024-03-05T14:02:11+00:00")]
    public void Known_timestamp_forms_are_read(string text, string expected)
    {
        var reader = new TimestampReader(DateOrder.MonthFirst, TimeZoneInfo.Utc);

        reader.TryRead(text, null, out var value, out var contradicts).ShouldBeTrue();
        value.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        contradicts.ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("last Tuesday")]
    [InlineData("14:02")]
    [InlineData("2024-13-05")]
    [InlineData("2024-02-30")]
    [InlineData("2024-03-05 25:00")]
    [InlineData("2024-03-05 13:00 PM")]
    [InlineData("20240305")]
    [InlineData("2024-03-05 14:02:11 tomorrow")]
    [InlineData("3-5/2024")]
    public void Text_that_is_not_a_timestamp_is_refused(string text)
    {
        new TimestampReader(DateOrder.MonthFirst, TimeZoneInfo.Utc).TryRead(text, null, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Day_first_order_reads_slash_dates_day_first_but_not_ISO_dates()
    {
        var reader = new TimestampReader(DateOrder.DayFirst, TimeZoneInfo.Utc);

        reader.TryRead("3/5/2024", null, out var slash, out _).ShouldBeTrue();
        slash.ShouldBe(new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero));
        reader.TryRead("2024-03-05", null, out var iso, out _).ShouldBeTrue();
        iso.ShouldBe(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_date_valid_only_in_the_other_order_is_read_that_way_and_flagged()
    {
        new TimestampReader(DateOrder.MonthFirst, TimeZoneInfo.Utc).TryRead("13/03/2024", null, out var value, out var contradicts).ShouldBeTrue();

        value.ShouldBe(new DateTimeOffset(2024, 3, 13, 0, 0, 0, TimeSpan.Zero));
        contradicts.ShouldBeTrue();
    }

    [Fact]
    public void The_columns_time_zone_wins_over_the_default_and_an_explicit_offset_over_both()
    {
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
        var reader = new TimestampReader(DateOrder.MonthFirst, TimeZoneInfo.Utc);

        reader.TryRead("2024-07-05 14:02:11", auckland, out var winter, out _).ShouldBeTrue();
        winter.Offset.ShouldBe(TimeSpan.FromHours(12));
        reader.TryRead("2024-07-05T14:02:11Z", auckland, out var utc, out _).ShouldBeTrue();
        utc.Offset.ShouldBe(TimeSpan.Zero);
    }
}
