using System.Text;
using MentorEval.Import.Exports;
using MentorEval.Import.Roster;

namespace MentorEval.Import.Tests.Roster;

/// <summary>A roster's ids are kept as every import compares them, and two spellings of one id are refused.</summary>
public sealed class RosterIdNormalisationTests
{
    private const string Header = "pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status";

    private static RosterFile Read(string text)
    {
        using var source = CsvSource.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "roster.csv");
        return RosterReader.Read(source, "roster.csv");
    }

    [Fact]
    public void Ids_are_stored_without_invisible_characters_and_with_full_width_letters_as_plain_ones()
    {
        var roster = Read($"{Header}\nP-1\u200B,2026,ＭＴ-01,\uFEFFME-01\u2060,2026-01-15,2026-12-15,active\n");

        roster.Problems.ShouldBeEmpty();
        var entry = roster.Entries.ShouldHaveSingleItem();
        (entry.PairId, entry.MentorId, entry.MenteeId).ShouldBe(("P-1", "MT-01", "ME-01"));
    }

    [Fact]
    public void Two_spellings_of_one_id_in_a_roster_are_refused_with_both_rows()
    {
        var roster = Read($"""
            {Header}
            P-1,2026,MT-01,ME-01,2026-01-15,2026-12-15,active
            P-2,2026,MT-01{'\u200B'},ME-02,2026-01-15,2026-12-15,active
            P-1{'\u200D'},2026,MT-03,ME-03,2026-01-15,2026-12-15,active
            """);

        roster.IsValid.ShouldBeFalse();
        roster.Problems.Select(p => (p.Row, p.Column, p.Message, p.Fix)).ShouldBe([
            (3, "mentor_id", "\"MT-01<U+200B>\" is the id \"MT-01\" of row 2 once invisible characters and letter widths are set aside.", "Write it the same way in every row."),
            (4, "pair_id", "\"P-1<U+200D>\" is the id \"P-1\" of row 2 once invisible characters and letter widths are set aside.", "Write it the same way in every row."),
            (4, "pair_id", "Pair \"P-1\" is listed twice (first at row 2).", "Keep one row per pair."),
        ]);
    }

    [Fact]
    public void An_id_of_invisible_characters_only_is_empty()
    {
        var roster = Read($"{Header}\nP-1,2026,\u200B\u200C,ME-01,2026-01-15,2026-12-15,active\n");

        roster.Problems.Select(p => (p.Column, p.Message)).ShouldBe([("mentor_id", "mentor_id is empty.")]);
    }

    [Fact]
    public void A_cyrillic_look_alike_stays_a_different_id()
    {
        var roster = Read($"{Header}\nP-1,2026,MT-01,ME-01,2026-01-15,2026-12-15,active\nP-2,2026,\u041CT-01,ME-02,2026-01-15,2026-12-15,active\n");

        roster.Problems.ShouldBeEmpty();
        roster.Entries.Select(e => e.MentorId).ShouldBe(["MT-01", "\u041CT-01"]);
    }
}
