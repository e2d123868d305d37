using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Import.Redcap;
using static MentorEval.Import.Tests.Redcap.RedcapFixtures;

namespace MentorEval.Import.Tests.Redcap;

/// <summary>The fixture project in both header styles: a monthly mentee check-in beside an enrollment form.</summary>
public sealed class RedcapImportTests
{
    public static readonly TheoryData<string> BothHeaderStyles = new() { Export, Api };

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Converted_form_is_a_definition_that_validates_without_problems(string fixture)
    {
        var result = ImportFixture(fixture, new RedcapImportOptions(Form) { Citation = "MentorEval original" });

        result.Succeeded.ShouldBeTrue();
        InstrumentDefinition.Parse(result.DefinitionJson!, "converted.json").Problems.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Definition_json_is_indented_camel_case_with_the_schema_first(string fixture)
    {
        var json = ImportFixture(fixture).DefinitionJson!;

        json.ShouldStartWith("{\n  \"$schema\": \"schema/instrument.schema.json\",\n  \"id\": \"mentee-checkin\",");
        json.ShouldContain("\"responseScales\": [");
        json.ShouldContain("\"minAnswered\": 3");
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Answerable_fields_of_the_form_become_items_in_dictionary_order(string fixture)
    {
        var instrument = Instrument(ImportFixture(fixture));

        instrument.Items.Select(i => i.Id).ShouldBe([
            "rel_trust", "rel_listen", "rel_conflict", "rel_goals", "program_worth", "meeting_mode", "met_goal",
            "confidence", "meeting_count", "highlights",
        ]);
        instrument.Items.ShouldAllBe(i => i.Aliases.Count == 0);
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Fields_of_other_forms_are_ignored(string fixture)
    {
        var result = ImportFixture(fixture);
        var instrument = Instrument(result);

        instrument.Items.ShouldNotContain(i => i.Id.StartsWith("enr_"));
        result.Unsupported.ShouldNotContain(u => u.Field.StartsWith("enr_"));
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Matrix_group_becomes_a_mean_scale_titled_by_its_section_header(string fixture)
    {
        var scale = Instrument(ImportFixture(fixture)).Scales.ShouldHaveSingleItem();

        scale.Id.ShouldBe("relationship");
        scale.Title.ShouldBe("How much do you agree with each statement about your mentor?");
        scale.ItemIds.ShouldBe(["rel_trust", "rel_listen", "rel_conflict", "rel_goals"]);
        scale.Method.ShouldBe(ScoringMethod.Mean);
        scale.MinAnswered.ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Fields_with_the_same_choices_share_one_numeric_response_scale(string fixture)
    {
        var instrument = Instrument(ImportFixture(fixture));

        string[] agreement = ["rel_trust", "rel_listen", "rel_conflict", "rel_goals", "program_worth"];
        agreement.Select(id => instrument.FindItem(id)!.ResponseScaleId).Distinct()
            .ShouldHaveSingleItem().ShouldBe("strongly-disagree-to-strongly-agree");
        var scale = ScaleOf(instrument, "rel_trust");
        (scale.Kind, scale.Min, scale.Max).ShouldBe((ResponseScaleKind.Numeric, 1.0, 5.0));
        scale.Labels.Select(l => (l.Value, l.Text)).ShouldBe([
            (1.0, "Strongly disagree"), (2.0, "Disagree"), (3.0, "Neither agree nor disagree"), (4.0, "Agree"), (5.0, "Strongly agree"),
        ]);
        instrument.ResponseScales.Select(s => s.Id).ShouldBe(["strongly-disagree-to-strongly-agree", "meeting-mode-choices", "yes-no", "slider-0-10"]);
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Letter_codes_make_a_nominal_scale_split_at_the_first_comma(string fixture)
    {
        var scale = ScaleOf(Instrument(ImportFixture(fixture)), "meeting_mode");

        scale.Kind.ShouldBe(ResponseScaleKind.Nominal);
        scale.Labels.Select(l => (l.Code, l.Text)).ShouldBe([
            ("F", "Face to face"), ("V", "Video call"), ("P", "Phone"), ("M", "Mixed (in person, online)"),
        ]);
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Yes_no_field_is_answered_from_0_no_to_1_yes(string fixture)
    {
        var scale = ScaleOf(Instrument(ImportFixture(fixture)), "met_goal");

        (scale.Id, scale.Min, scale.Max).ShouldBe(("yes-no", 0.0, 1.0));
        scale.Labels.Select(l => (l.Value, l.Text)).ShouldBe([(0.0, "No"), (1.0, "Yes")]);
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Slider_runs_over_its_validation_range_with_labels_at_min_middle_and_max(string fixture)
    {
        var scale = ScaleOf(Instrument(ImportFixture(fixture)), "confidence");

        (scale.Min, scale.Max).ShouldBe((0.0, 10.0));
        scale.Labels.Select(l => (l.Value, l.Text)).ShouldBe([(0.0, "Not at all"), (5.0, "Somewhat"), (10.0, "Completely")]);
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Integer_text_validated_from_zero_is_a_count_item_with_its_maximum_and_note(string fixture)
    {
        var item = Instrument(ImportFixture(fixture)).FindItem("meeting_count")!;

        item.Type.ShouldBe(ItemType.Count);
        item.MaxCount.ShouldBe(31);
        item.Text.ShouldBe("How many times did you meet your mentor this month? (Count online and in-person meetings.)");
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Labels_lose_their_html_and_line_breaks(string fixture)
    {
        var instrument = Instrument(ImportFixture(fixture));

        instrument.FindItem("highlights")!.Type.ShouldBe(ItemType.Text);
        instrument.FindItem("highlights")!.Text.ShouldBe("What went well this month? (Please give one example.)");
        instrument.FindItem("rel_conflict")!.Text.ShouldBe("My mentor and I often disagree about what to work on.");
        instrument.FindItem("meeting_mode")!.Text.ShouldBe("How did you usually meet this month?");
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Fields_that_are_not_answers_are_listed_as_unsupported_with_reasons(string fixture)
    {
        var unsupported = ImportFixture(fixture).Unsupported;

        unsupported.Select(u => (u.Field, u.Type)).ShouldBe([
            ("record_id", "text"), ("checkin_intro", "descriptive"), ("support_types", "checkbox"), ("rel_score", "calc"),
        ]);
        unsupported.Select(u => u.Row).ShouldBe([2, 3, 14, 15]);
        unsupported[0].Reason.ShouldContain("record id");
        unsupported[1].Reason.ShouldContain("collects no answer");
        unsupported[2].Reason.ShouldContain("support_types___1, support_types___2, support_types___3, support_types___4");
        unsupported[2].Reason.ShouldContain("one item per column");
        unsupported[3].Reason.ShouldContain("mean([rel_trust],[rel_listen],[rel_goals])");
        unsupported[3].Reason.ShouldContain("scale");
    }

    [Theory]
    [MemberData(nameof(BothHeaderStyles))]
    public void Reverse_option_marks_only_the_named_fields(string fixture)
    {
        var instrument = Instrument(ImportFixture(fixture, new RedcapImportOptions(Form) { ReverseFields = ["rel_conflict"] }));

        instrument.Items.Where(i => i.Reverse).Select(i => i.Id).ShouldBe(["rel_conflict"]);
    }

    [Fact]
    public void Both_header_styles_give_the_same_definition()
    {
        var export = ImportFixture(Export).DefinitionJson!.Replace(Export, "dictionary.csv");
        var api = ImportFixture(Api).DefinitionJson!.Replace(Api, "dictionary.csv");

        api.ShouldBe(export);
    }

    [Fact]
    public void Id_and_title_come_from_the_form_unless_given()
    {
        var derived = Instrument(ImportFixture(Export));
        var given = Instrument(ImportFixture(Export, new RedcapImportOptions(Form)
        {
            Id = "checkin", Title = "Monthly check-in", Version = "2.1.0", Roles = [Role.Mentee], Citation = "Program team, 2025",
        }));

        (derived.Id, derived.Title, derived.Version).ShouldBe(("mentee-checkin", "Mentee checkin", "1.0.0"));
        derived.Roles.ShouldBe([Role.Mentor, Role.Mentee]);
        (given.Id, given.Title, given.Version, given.Citation).ShouldBe(("checkin", "Monthly check-in", "2.1.0", "Program team, 2025"));
        given.Roles.ShouldBe([Role.Mentee]);
    }

    [Fact]
    public void Utf16_and_windows_1252_files_are_read_and_a_legacy_encoding_is_warned_about()
    {
        var text = File.ReadAllText(PathOf(Export)).Replace("Phone", "Téléphone");
        using var folder = new TemporaryFolder();
        var utf16 = folder.PathOf("utf16.csv");
        var windows1252 = folder.PathOf("windows1252.csv");
        File.WriteAllText(utf16, text, System.Text.Encoding.Unicode);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(windows1252, System.Text.Encoding.GetEncoding(1252).GetBytes(text));

        var fromUtf16 = RedcapImport.FromFile(utf16, new RedcapImportOptions(Form));
        var fromWindows1252 = RedcapImport.FromFile(windows1252, new RedcapImportOptions(Form));

        ScaleOf(Instrument(fromUtf16), "meeting_mode").Labels[2].Text.ShouldBe("Téléphone");
        fromUtf16.Warnings.ShouldBeEmpty();
        ScaleOf(Instrument(fromWindows1252), "meeting_mode").Labels[2].Text.ShouldBe("Téléphone");
        fromWindows1252.Warnings.ShouldContain(w => w.Contains("Windows-1252"));
    }
}
