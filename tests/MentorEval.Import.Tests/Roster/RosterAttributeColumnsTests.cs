using System.Text;
using MentorEval.Import.Exports;
using MentorEval.Import.Roster;

namespace MentorEval.Import.Tests.Roster;

/// <summary>Issue #18: the columns a program adds to its roster are kept with each pair, so retention can group pairs by them.</summary>
public sealed class RosterAttributeColumnsTests
{
    private static RosterFile Read(string text)
    {
        using var source = CsvSource.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "roster.csv");
        return RosterReader.Read(source, "roster.csv");
    }

    [Fact]
    public void Columns_the_reader_does_not_use_become_the_pairs_attributes_in_column_order_with_names_in_lower_case()
    {
        var roster = Read("""
            pair_id,Site,cohort,mentor_id,mentee_id,start_date,planned_end_date,status,Matching_Method,end_date
            P-1, north ,2026,MT-01,ME-01,2026-01-15,2026-12-15,active,interests,
            P-2,south,2026,MT-02,ME-02,2026-01-15,2026-12-15,active,,
            """);

        roster.Problems.ShouldBeEmpty();
        roster.Entries.Select(e => e.Attributes.ToString()).ShouldBe(["site=north, matching_method=interests", "site=south, matching_method="]);
    }

    [Fact]
    public void A_roster_with_only_the_documented_columns_gives_pairs_no_attributes()
    {
        var roster = Read("""
            pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status,end_date,closure_reason
            P-1,2026,MT-01,ME-01,2026-01-15,2026-12-15,active,,
            """);

        roster.Entries.ShouldHaveSingleItem().Attributes.Values.ShouldBeEmpty();
    }
}
