using System.Text.Json;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Tests.Support;

namespace MentorEval.Core.Tests.Instruments;

/// <summary>The definitions shipped in the repository's instruments/ folder must load cleanly and say what they promise.</summary>
public sealed class ShippedLibraryTests
{
    private static InstrumentLibrary Library => ShippedInstruments.Library;

    private static Instrument Get(string id) => ShippedInstruments.Get(id);

    [Fact]
    public void Every_shipped_definition_is_valid_without_warnings()
    {
        Library.Definitions.ShouldNotBeEmpty();
        foreach (var definition in Library.Definitions)
        {
            definition.Result.Problems.ShouldBeEmpty(
                $"{Path.GetFileName(definition.Path)}: {string.Join(" | ", definition.Result.Problems)}");
            definition.Result.IsValid.ShouldBeTrue(Path.GetFileName(definition.Path));
        }
    }

    [Fact]
    public void Every_shipped_definition_points_editors_at_the_schema()
    {
        File.Exists(Repository.PathOf("instruments", "schema", "instrument.schema.json")).ShouldBeTrue();
        foreach (var definition in Library.Definitions)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(definition.Path));
            var first = json.RootElement.EnumerateObject().First();
            (first.Name, first.Value.GetString()).ShouldBe(("$schema", "schema/instrument.schema.json"), Path.GetFileName(definition.Path));
        }
    }

    [Theory]
    [InlineData("mca-26")]
    [InlineData("met-13")]
    [InlineData("relationship-checkin")]
    [InlineData("expectations-alignment")]
    [InlineData("mentoring-practices")]
    [InlineData("mentee-satisfaction-weighted")]
    public void Ships_the_instrument(string id)
    {
        var instrument = Get(id);
        instrument.Version.ShouldStartWith("1.");
        instrument.Citation.ShouldNotBeNullOrWhiteSpace();
        instrument.License.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Mca26_has_26_items_in_six_competencies_plus_overall()
    {
        var mca = Get("mca-26");
        mca.Items.Count.ShouldBe(26);
        mca.Items.Select(i => i.Id).ShouldBe(Enumerable.Range(1, 26).Select(n => $"mca{n:00}"));
        mca.Scales.Count.ShouldBe(7);
        mca.Scales.Where(s => s.Id != "overall").Sum(s => s.ItemIds.Count).ShouldBe(26);
        mca.FindScale("overall")!.ItemIds.Count.ShouldBe(26);
        mca.Roles.ShouldBe([Role.Mentor, Role.Mentee], ignoreOrder: true);
        mca.Items.ShouldAllBe(i => !i.Reverse);

        var skill = mca.ResponseScales.ShouldHaveSingleItem();
        (skill.Min, skill.Max).ShouldBe((1.0, 7.0));
        skill.MissingCodes.ShouldContain("N/A");
    }

    [Fact]
    public void Checkin_has_reverse_keyed_items_a_capped_count_and_concern_bands()
    {
        var checkin = Get("relationship-checkin");
        checkin.Items.Count(i => i.Reverse).ShouldBeGreaterThanOrEqualTo(3);
        var count = checkin.Items.Single(i => i.Type == ItemType.Count);
        count.MaxCount.ShouldNotBeNull();
        checkin.Items.ShouldContain(i => i.Type == ItemType.Text);
        checkin.Scales.ShouldAllBe(s => s.Bands.Any(b => b.Concern));
    }

    [Fact]
    public void Weighted_satisfaction_weights_each_satisfaction_item_by_an_importance_item()
    {
        var instrument = Get("mentee-satisfaction-weighted");
        var weighted = instrument.Scales.Single(s => s.Method == ScoringMethod.WeightedMean);
        weighted.WeightItems.Keys.ShouldBe(weighted.ItemIds, ignoreOrder: true);
        weighted.WeightItems.Values.ShouldAllBe(id => id.StartsWith("imp_"));
        instrument.Scales.ShouldContain(s => s.Method == ScoringMethod.Mean && s.ItemIds.SequenceEqual(weighted.ItemIds));
    }
}
