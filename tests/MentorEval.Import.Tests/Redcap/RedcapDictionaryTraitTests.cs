using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Import.Redcap;

namespace MentorEval.Import.Tests.Redcap;

/// <summary>
/// Dictionaries as they come from REDCap's Shared Library, its API and its instrument packages (issue 16, points 10–15):
/// Fixtures/instrument.csv (a Shared Library instrument with identifier fields), choices-and-sum.csv, metadata.json,
/// weekly_pulse_package.zip (instrument.csv zipped), and binary files that are not dictionaries.
/// </summary>
public sealed class RedcapDictionaryTraitTests
{
    private const string Pulse = "weekly_pulse";

    [Fact]
    public void A_Shared_Library_instrument_has_no_record_id_so_its_first_field_is_an_item()
    {
        var instrument = RedcapFixtures.Instrument(RedcapFixtures.ImportFixture("instrument.csv", new RedcapImportOptions(Pulse)));

        instrument.Items.Select(i => i.Id).ShouldBe(["mood_today", "meetings"]);
    }

    [Fact]
    public void Fields_marked_as_identifiers_are_listed_and_left_out_of_the_definition()
    {
        var result = RedcapFixtures.ImportFixture("instrument.csv", new RedcapImportOptions(Pulse));

        result.Unsupported.Select(u => u.Field).ShouldBe(["mentee_name", "contact_email", "contact_phone"]);
        result.Unsupported.ShouldAllBe(u => u.Reason.Contains("Identifier? = y") && u.Reason.Contains("--keep-identifiers"));
        result.DefinitionJson!.ShouldNotContain("e-mail");
        result.DefinitionJson!.ShouldNotContain("mentee_name");
    }

    [Fact]
    public void Identifier_fields_become_items_only_when_the_program_keeps_identifiers()
    {
        var instrument = RedcapFixtures.Instrument(RedcapFixtures.ImportFixture("instrument.csv", new RedcapImportOptions(Pulse) { KeepIdentifiers = true }));

        instrument.Items.Select(i => i.Id).ShouldBe(["mood_today", "mentee_name", "contact_email", "contact_phone", "meetings"]);
    }

    [Fact]
    public void A_project_dictionary_still_leaves_out_its_record_id()
    {
        var result = RedcapFixtures.ImportFixture("choices-and-sum.csv", new RedcapImportOptions("checkin"));

        result.Unsupported.ShouldContain(u => u.Field == "record_id" && u.Reason.Contains("record id"));
    }

    [Fact]
    public void Choices_listed_from_high_to_low_make_the_same_numeric_scale_as_low_to_high()
    {
        var instrument = RedcapFixtures.Instrument(RedcapFixtures.ImportFixture("choices-and-sum.csv", new RedcapImportOptions("checkin")));

        var scale = RedcapFixtures.ScaleOf(instrument, "trust");
        (scale.Min, scale.Max).ShouldBe((1, 5));
        scale.Labels.Single(l => l.Value == 5).Text.ShouldBe("Strongly agree");
        scale.Labels.Single(l => l.Value == 1).Text.ShouldBe("Strongly disagree");
    }

    [Fact]
    public void A_code_00_beside_0_is_a_missing_code_kept_as_text_not_a_second_zero()
    {
        var instrument = RedcapFixtures.Instrument(RedcapFixtures.ImportFixture("choices-and-sum.csv", new RedcapImportOptions("checkin")));

        var scale = RedcapFixtures.ScaleOf(instrument, "cancelled");
        (scale.Min, scale.Max).ShouldBe((0, 2));
        scale.Labels.Select(l => l.Value).ShouldBe([0, 1, 2]);
        scale.MissingCodes.ShouldContain("00");
    }

    [Fact]
    public void A_radio_field_without_choices_is_listed_as_unsupported_and_the_rest_of_the_form_converts()
    {
        var result = RedcapFixtures.ImportFixture("choices-and-sum.csv", new RedcapImportOptions("checkin"));

        result.Errors.ShouldBeEmpty();
        result.Unsupported.ShouldContain(u => u.Field == "mood" && u.Reason.Contains("without choices"));
        RedcapFixtures.Instrument(result).Items.Select(i => i.Id).ShouldBe(["trust", "listens", "goals", "cancelled"]);
    }

    [Fact]
    public void A_matrix_whose_notes_say_sum_becomes_a_sum_scale_with_the_minimum_answered_the_option_gives()
    {
        var instrument = RedcapFixtures.Instrument(RedcapFixtures.ImportFixture("choices-and-sum.csv", new RedcapImportOptions("checkin") { MinAnswered = 3 }));

        var bond = instrument.Scales.ShouldHaveSingleItem();
        bond.Method.ShouldBe(ScoringMethod.Sum);
        bond.MinAnswered.ShouldBe(3);
    }

    [Fact]
    public void The_JSON_metadata_export_converts_like_the_CSV_and_leaves_out_its_identifier()
    {
        var result = RedcapFixtures.ImportFixture("metadata.json", new RedcapImportOptions("checkin"));

        var instrument = RedcapFixtures.Instrument(result);
        instrument.Items.Select(i => i.Id).ShouldBe(["listens", "meetings"]);
        result.Unsupported.Select(u => u.Field).ShouldBe(["record_id", "mentee_email"]);
    }

    [Fact]
    public void An_instrument_package_is_opened_and_its_instrument_csv_read()
    {
        var result = RedcapFixtures.ImportFixture("weekly_pulse_package.zip", new RedcapImportOptions(Pulse));

        RedcapFixtures.Instrument(result).Items.Select(i => i.Id).ShouldBe(["mood_today", "meetings"]);
        result.Unsupported.Select(u => u.Field).ShouldBe(["mentee_name", "contact_email", "contact_phone"]);
    }

    [Theory]
    [InlineData("dictionary.pdf", DiagnosticCodes.Redcap.NotText, "is a PDF document, not a data dictionary")]
    [InlineData("workbook.xlsx", DiagnosticCodes.Redcap.PackageInvalid, "is an Excel workbook (.xlsx), not a data dictionary")]
    public void Any_other_binary_file_gets_a_one_line_message_without_its_bytes(string fixture, string code, string says)
    {
        var result = RedcapFixtures.ImportFixture(fixture, new RedcapImportOptions(Pulse));

        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(says);
        var shown = error.ToString();
        shown.ShouldNotContain("\n");
        shown.ShouldNotContain("obj");
        shown.ShouldAllBe(c => c >= ' ');
    }
}
