using MentorEval.Core.Instruments;
using MentorEval.Import.Redcap;
using static MentorEval.Import.Tests.Redcap.RedcapFixtures;

namespace MentorEval.Import.Tests.Redcap;

/// <summary>How single fields convert, each in a small dictionary written inline.</summary>
public sealed class RedcapFieldConversionTests
{
    [Fact]
    public void Not_applicable_at_the_end_of_a_numeric_list_is_a_missing_code_not_the_top_answer()
    {
        var result = ImportRows("often,survey,,radio,How often do you meet?,\"1, Never | 2, Sometimes | 3, Often | 9, Not applicable\"");

        var scale = ScaleOf(Instrument(result), "often");
        (scale.Min, scale.Max).ShouldBe((1.0, 3.0));
        scale.Labels.Select(l => l.Text).ShouldBe(["Never", "Sometimes", "Often"]);
        scale.MissingCodes.ShouldBe(["9", "Not applicable"]);
        result.Warnings.ShouldContain(w => w.Contains("\"often\"") && w.Contains("9 \"Not applicable\"") && w.Contains("missing"));
    }

    [Fact]
    public void Redcap_missing_data_codes_beside_number_codes_are_missing_codes()
    {
        var result = ImportRows("level,survey,,dropdown,Level,\"1, Low | 2, Middle | 3, High | UNK, Unknown | NASK, Not asked\"");

        var scale = ScaleOf(Instrument(result), "level");
        (scale.Kind, scale.Min, scale.Max).ShouldBe((ResponseScaleKind.Numeric, 1.0, 3.0));
        scale.MissingCodes.ShouldBe(["UNK", "Unknown", "NASK", "Not asked"]);
    }

    [Fact]
    public void A_non_answer_label_in_the_middle_of_a_scale_stays_an_answer()
    {
        var result = ImportRows("sure,survey,,radio,Sure?,\"1, No | 2, Unknown | 3, Yes\"");

        ScaleOf(Instrument(result), "sure").Labels.Select(l => l.Text).ShouldBe(["No", "Unknown", "Yes"]);
    }

    [Fact]
    public void Numeric_choice_labels_are_ordered_by_value()
    {
        var result = ImportRows("mood,survey,,radio,Mood,\"5, Great | 3, Fine | 1, Poor\"");

        var scale = ScaleOf(Instrument(result), "mood");
        scale.Id.ShouldBe("poor-to-great");
        scale.Labels.Select(l => l.Code).ShouldBe(["1", "3", "5"]);
    }

    [Fact]
    public void Different_choice_lists_with_the_same_end_labels_get_distinct_ids()
    {
        var instrument = Instrument(ImportRows(
            "a,survey,,radio,A,\"1, Low | 2, High\"",
            "b,survey,,radio,B,\"1, Low | 2, Middle | 3, High\""));

        instrument.ResponseScales.Select(s => s.Id).ShouldBe(["low-to-high", "low-to-high-2"]);
    }

    [Fact]
    public void True_false_field_is_answered_from_0_false_to_1_true()
    {
        var scale = ScaleOf(Instrument(ImportRows("agreed,survey,,truefalse,I read the guide")), "agreed");

        (scale.Id, scale.Min, scale.Max).ShouldBe(("true-false", 0.0, 1.0));
        scale.Labels.Select(l => l.Text).ShouldBe(["False", "True"]);
    }

    [Fact]
    public void Slider_without_a_range_runs_from_0_to_100()
    {
        var scale = ScaleOf(Instrument(ImportRows("close,survey,,slider,How close are you?,Distant | | Very close")), "close");

        (scale.Id, scale.Min, scale.Max).ShouldBe(("slider-0-100", 0.0, 100.0));
        scale.Labels.Select(l => (l.Value, l.Text)).ShouldBe([(0.0, "Distant"), (100.0, "Very close")]);
    }

    [Fact]
    public void Number_without_a_minimum_is_a_text_item_with_a_warning()
    {
        var result = ImportRows("hours,survey,,text,Hours together,,,number");

        Instrument(result).FindItem("hours")!.Type.ShouldBe(ItemType.Text);
        result.Warnings.ShouldContain(w => w.Contains("\"hours\"") && w.Contains("\"Text Validation Min\""));
    }

    [Fact]
    public void Dates_and_emails_are_text_items()
    {
        var instrument = Instrument(ImportRows("met_on,survey,,text,Date met,,,date_ymd", "email,survey,,text,Email,,,email"));

        instrument.Items.Select(i => i.Type).ShouldBe([ItemType.Text, ItemType.Text]);
    }

    [Fact]
    public void Field_name_that_is_not_an_item_id_becomes_an_alias()
    {
        var result = ImportRows("1st_goal,survey,,notes,Your first goal");

        var item = Instrument(result).Items.ShouldHaveSingleItem();
        item.Id.ShouldBe("f1st_goal");
        item.Aliases.ShouldBe(["1st_goal"]);
    }

    [Fact]
    public void Matrix_group_without_a_section_header_is_titled_by_its_name()
    {
        var scale = Instrument(ImportRows(
            "g1,survey,,radio,One,\"1, Low | 2, High\",,,,,,,,,,career_support",
            "g2,survey,,radio,Two,\"1, Low | 2, High\",,,,,,,,,,career_support")).Scales.ShouldHaveSingleItem();

        (scale.Id, scale.Title, scale.MinAnswered).ShouldBe(("career_support", "Career support", 2));
    }

    [Fact]
    public void Matrix_group_of_letter_codes_is_not_a_scale_and_says_so()
    {
        var result = ImportRows(
            "c1,survey,,radio,One,\"A, Yes | B, No\",,,,,,,,,,choices",
            "c2,survey,,radio,Two,\"A, Yes | B, No\",,,,,,,,,,choices");

        Instrument(result).Scales.ShouldBeEmpty();
        result.Warnings.ShouldContain(w => w.Contains("Matrix group \"choices\""));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(8, 6)]
    [InlineData(10, 8)]
    public void Matrix_scale_needs_three_quarters_of_its_items_rounded_up(int items, int needed) =>
        RedcapFormConverter.MinAnswered(items).ShouldBe(needed);

    [Fact]
    public void Semicolon_separated_dictionary_from_european_excel_is_read()
    {
        var csv = "\"Variable / Field Name\";\"Form Name\";\"Section Header\";\"Field Type\";\"Field Label\";\"Choices, Calculations, OR Slider Labels\"\r\n" +
            "record_id;survey;;text;Record ID;\r\n" +
            "q1;survey;;radio;\"Useful, overall?\";\"1, No | 2, Yes\"\r\n";

        var item = Instrument(RedcapImport.FromText(csv, "semicolons.csv", new RedcapImportOptions("survey"))).Items.ShouldHaveSingleItem();

        item.Text.ShouldBe("Useful, overall?");
    }
}
