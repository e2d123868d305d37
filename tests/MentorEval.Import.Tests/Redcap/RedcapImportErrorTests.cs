using MentorEval.Import.Redcap;
using static MentorEval.Import.Tests.Redcap.RedcapFixtures;

namespace MentorEval.Import.Tests.Redcap;

/// <summary>Bad input gives errors as values that name the file, row and column and say how to fix it.</summary>
public sealed class RedcapImportErrorTests
{
    [Fact]
    public void Unknown_form_is_an_error_listing_the_forms_present()
    {
        var result = ImportFixture(Export, new RedcapImportOptions("mentor_checkin"));

        result.Succeeded.ShouldBeFalse();
        result.DefinitionJson.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldEndWith(Export);
        error.Column.ShouldBe("Form Name");
        error.Message.ShouldContain("\"mentor_checkin\"");
        error.Fix.ShouldNotBeNull().ShouldContain("mentee_checkin (14 fields), enrollment (3 fields)");
    }

    [Fact]
    public void Unknown_form_in_the_api_style_names_the_snake_case_column()
    {
        ImportFixture(Api, new RedcapImportOptions("nope")).Errors.ShouldHaveSingleItem().Column.ShouldBe("form_name");
    }

    [Fact]
    public void Reverse_keying_a_field_that_does_not_exist_is_an_error()
    {
        var result = ImportFixture(Export, new RedcapImportOptions(Form) { ReverseFields = ["rel_conflcit"] });

        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("\"rel_conflcit\" is not a field of form \"mentee_checkin\"");
        error.Fix.ShouldNotBeNull().ShouldContain("rel_trust, rel_listen, rel_conflict, rel_goals, program_worth, met_goal, confidence");
    }

    [Fact]
    public void Reverse_keying_a_field_of_another_form_says_where_it_is()
    {
        var error = ImportFixture(Export, new RedcapImportOptions(Form) { ReverseFields = ["enr_role"] }).Errors.ShouldHaveSingleItem();

        error.Row.ShouldBe(17);
        error.Message.ShouldContain("it is on form \"enrollment\"");
    }

    [Theory]
    [InlineData("meeting_mode", 9, "nominal scale \"meeting-mode-choices\"")]
    [InlineData("highlights", 13, "a text item")]
    [InlineData("support_types", 14, "checkbox field, which does not become an item")]
    public void Reverse_keying_a_field_not_on_a_numeric_scale_is_an_error(string field, int row, string why)
    {
        var result = ImportFixture(Export, new RedcapImportOptions(Form) { ReverseFields = ["rel_conflict", field] });

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Row, error.Column).ShouldBe((row, "Variable / Field Name"));
        error.Message.ShouldContain(why);
    }

    [Fact]
    public void Csv_that_is_not_a_dictionary_names_the_expected_header()
    {
        var result = RedcapImport.FromText("name,score\nAda,4\n", "scores.csv", new RedcapImportOptions("survey"));

        var error = result.Errors.ShouldHaveSingleItem();
        (error.File, error.Row).ShouldBe(("scores.csv", 1));
        error.Message.ShouldContain("not a REDCap data dictionary");
        error.Message.ShouldContain("\"name\"");
        error.Fix.ShouldNotBeNull().ShouldContain(ExportHeader);
        error.Fix.ShouldNotBeNull().ShouldContain("field_name,form_name,section_header,field_type,field_label,select_choices_or_calculations");
    }

    [Fact]
    public void Record_export_is_told_apart_from_a_dictionary()
    {
        var result = RedcapImport.FromText("record_id,rel_trust,mentee_checkin_complete\n1,4,2\n", "records.csv", new RedcapImportOptions("survey"));

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("data export");
    }

    [Fact]
    public void Missing_required_column_is_named_in_the_style_of_the_header()
    {
        var result = RedcapImport.FromText("field_name,form_name,field_type,field_label\nrecord_id,survey,text,Record ID\n",
            "short.csv", new RedcapImportOptions("survey"));

        var error = result.Errors.ShouldHaveSingleItem();
        error.Column.ShouldBe("select_choices_or_calculations");
        error.Message.ShouldContain("no \"select_choices_or_calculations\" column");
    }

    [Theory]
    [InlineData("\"1, Low | 2 High\"", "choice \"2 High\" has no comma")]
    [InlineData("\"1, Low | , High\"", "no code before its comma")]
    [InlineData("\"1, Low | 1, High\"", "code \"1\" is used by two choices")]
    public void Malformed_choices_are_reported_with_row_column_and_fix(string choices, string problem)
    {
        var result = ImportRows("ok,survey,,radio,Fine,\"1, A | 2, B\"", $"bad,survey,,radio,Broken,{choices}");

        var error = result.Errors.ShouldHaveSingleItem();
        (error.File, error.Row, error.Column).ShouldBe(("inline.csv", 4, "Choices, Calculations, OR Slider Labels"));
        error.Message.ShouldContain("\"bad\"");
        error.Message.ShouldContain(problem);
        error.Fix.ShouldNotBeNull().ShouldContain("\"1, Strongly disagree | 2, Disagree | 3, Agree\"");
        error.ToString().ShouldStartWith("inline.csv, row 4, column \"Choices, Calculations, OR Slider Labels\": ");
    }

    [Fact]
    public void Row_numbers_count_records_not_lines_when_labels_span_lines()
    {
        var result = ImportRows("long,survey,,notes,\"First line\nsecond line\"", "bad,survey,,dropdown,Broken,\"1 A\"");

        result.Errors.ShouldHaveSingleItem().Row.ShouldBe(4);
    }

    [Fact]
    public void Every_bad_row_is_reported_not_only_the_first()
    {
        var result = ImportRows("a,survey,,radio,A,\"1 A\"", "b,survey,,radio,B,\"1 B\"");

        result.Errors.Select(e => e.Row).ShouldBe([3, 4]);
    }

    [Fact]
    public void Slider_range_that_is_not_numeric_is_an_error_in_its_column()
    {
        var error = ImportRows("s,survey,,slider,Slide,,,,low,10").Errors.ShouldHaveSingleItem();

        (error.Row, error.Column).ShouldBe((3, "Text Validation Min"));
    }

    [Fact]
    public void Quote_that_is_never_closed_is_an_error_at_its_row()
    {
        var result = ImportRows("ok,survey,,notes,Fine", "bad,survey,,notes,\"Never closed", "after,survey,,notes,Lost");

        var error = result.Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(4);
        error.Message.ShouldContain("never closed");
    }

    [Fact]
    public void Missing_file_is_an_error_naming_the_file()
    {
        using var folder = new TemporaryFolder();
        var path = folder.PathOf("no-such-dictionary.csv");

        var error = RedcapImport.FromFile(path, new RedcapImportOptions("survey")).Errors.ShouldHaveSingleItem();

        error.File.ShouldBe(path);
        error.Message.ShouldContain("does not exist");
        error.Fix.ShouldNotBeNull().ShouldContain("Data Dictionary");
    }

    [Fact]
    public void Form_of_only_unsupported_fields_is_an_error_that_still_lists_them()
    {
        var result = ImportRows("intro,survey,,descriptive,Welcome");

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("no field that can become an item");
        result.Unsupported.Select(u => u.Field).ShouldBe(["record_id", "intro"]);
    }
}
