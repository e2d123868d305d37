using System.Text;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;

namespace MentorEval.Import.Tests.Responses;

/// <summary>Rows of an export checked against the roster: who answered must be a member of the pair, in the right role.</summary>
public sealed class RespondentMembershipTests
{
    private static Instrument Pulse(string roles) => InstrumentDefinition.Parse($$"""
        { "id": "pulse", "version": "1.0.0", "title": "Pulse", "citation": "test", "roles": [{{roles}}],
          "responseScales": [ { "id": "a5", "min": 1, "max": 5 } ],
          "items": [ { "id": "q1", "text": "One", "responseScale": "a5" } ] }
        """, "pulse.json").Instrument!;

    private static readonly RosterIndex Roster = new([new RosterPair("P18", "2026", "M0018", "E0018"), new RosterPair("P19", "2026", "M0019", "E0019")]);

    private static List<RowOutcome> Read(Instrument instrument, string export, ResponseImportOptions? options = null)
    {
        options ??= new ResponseImportOptions { Wave = "w1" };
        using var reader = ExportReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(export)), "export.csv");
        var mapping = ColumnMapper.Map(instrument, reader.AnswerColumns, options.Map);
        var rows = new ResponseReader("inline.csv", instrument, mapping, Roster, options, reader.Format, decimalComma: false);
        return reader.ReadRows(rows.AnswerColumns).Select(rows.Read).ToList();
    }

    [Fact]
    public void An_accepted_response_carries_the_roster_spelling_of_an_id_written_with_invisible_or_full_width_characters()
    {
        var outcomes = Read(Pulse("\"mentor\", \"mentee\""), "respondent_id,pair_id,q1\nM0018\u200B,P18,4\nＥ００１８,P18,5\n");

        outcomes.OfType<RowOutcome.Accepted>().Select(a => (a.Response.RespondentId, a.Response.Role)).ShouldBe([("M0018", Role.Mentor), ("E0018", Role.Mentee)]);
    }

    [Fact]
    public void Another_pairs_mentor_is_rejected_with_the_pair_they_belong_to()
    {
        var rejected = Read(Pulse("\"mentor\", \"mentee\""), "respondent_id,pair_id,role,q1\nM0019,P18,mentor,4\n").Single().ShouldBeOfType<RowOutcome.Rejected>();

        var cell = rejected.Cells.ShouldHaveSingleItem();
        (cell.Column, cell.Value).ShouldBe(("pair_id", "P18"));
        cell.Message.ShouldBe("respondent \"M0019\" is neither the mentor (M0018) nor the mentee (E0018) of pair \"P18\"; M0019 is the mentor of pair P19");
    }

    [Fact]
    public void A_survey_for_one_role_checks_that_role_against_the_roster()
    {
        var outcomes = Read(Pulse("\"mentee\""), "respondent_id,pair_id,q1\nM0018,P18,4\nE0018,P18,4\n");

        outcomes[0].ShouldBeOfType<RowOutcome.Rejected>().Cells.Single().Message
            .ShouldBe("respondent \"M0018\" is the mentor of pair \"P18\" in the roster, but instrument \"pulse\" is answered by mentees only");
        outcomes[1].ShouldBeOfType<RowOutcome.Accepted>().Response.Role.ShouldBe(Role.Mentee);
    }

    [Fact]
    public void A_role_given_with_role_option_is_named_as_the_source_of_the_contradiction()
    {
        var outcomes = Read(Pulse("\"mentor\", \"mentee\""), "respondent_id,pair_id,q1\nM0018,P18,4\n", new ResponseImportOptions { Wave = "w1", Role = Role.Mentee });

        outcomes.Single().ShouldBeOfType<RowOutcome.Rejected>().Cells.Single().Message
            .ShouldBe("respondent \"M0018\" is the mentor of pair \"P18\" in the roster, but --role says mentee");
    }
}

