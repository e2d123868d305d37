using System.Text.Json;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Instruments;

public sealed class InstrumentsCommandTests : IDisposable
{
    private const string CheckIn = """
        {
          "id": "tiny-checkin", "version": "1.2.0", "title": "Tiny check-in", "citation": "test", "roles": ["mentor", "mentee"],
          "responseScales": [ { "id": "agree5", "min": 1, "max": 5,
            "labels": [ { "value": 1, "label": "Strongly disagree" }, { "value": 5, "label": "Strongly agree" } ] } ],
          "items": [
            { "id": "heard", "text": "I feel heard", "responseScale": "agree5" },
            { "id": "cancelled", "text": "Meetings get cancelled", "responseScale": "agree5", "reverse": true },
            { "id": "meetings", "text": "Meetings since last check-in", "type": "count" } ],
          "scales": [ { "id": "quality", "title": "Relationship quality", "items": ["heard", "cancelled"] } ]
        }
        """;

    private readonly TemporaryFolder folder = new();

    public InstrumentsCommandTests()
    {
        folder.File("defs/tiny-checkin.json", CheckIn);
    }

    public void Dispose() => folder.Dispose();

    private Task<CliHarness.Run> Run(params string[] args) => CliHarness.RunAsync(folder.Path, args);

    [Fact]
    public async Task List_shows_each_instrument_with_its_counts()
    {
        var run = await Run("instruments", "list", "--instruments", "defs");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("tiny-checkin");
        run.Output.ShouldContain("Tiny check-in");
        run.Output.ShouldContain("mentor, mentee");
    }

    [Fact]
    public async Task List_names_a_broken_definition_instead_of_hiding_it()
    {
        folder.File("defs/broken.json", "{ \"id\": \"broken\" ");

        var run = await Run("instruments", "list", "--instruments", "defs");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("tiny-checkin");
        run.Output.ShouldContain("Skipped");
        run.Output.ShouldContain("broken.json");
    }

    [Fact]
    public async Task List_as_json_gives_scripts_the_same_facts()
    {
        var run = await Run("instruments", "list", "--instruments", "defs", "--json");

        run.ExitCode.ShouldBe(0);
        var instrument = JsonDocument.Parse(run.Output).RootElement.GetProperty("instruments")[0];
        instrument.GetProperty("id").GetString().ShouldBe("tiny-checkin");
        instrument.GetProperty("items").GetInt32().ShouldBe(3);
        instrument.GetProperty("scales").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Show_marks_reverse_keyed_items_and_lists_scales()
    {
        var run = await Run("instruments", "show", "tiny-checkin", "--instruments", "defs");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("cancelled ↺");
        run.Output.ShouldContain("Relationship quality");
        run.Output.ShouldContain("2 of 2");
    }

    [Fact]
    public async Task Show_as_json_flags_reverse_keys()
    {
        var run = await Run("instruments", "show", "tiny-checkin", "--instruments", "defs", "--json");

        var items = JsonDocument.Parse(run.Output).RootElement.GetProperty("items");
        items[1].GetProperty("reverse").GetBoolean().ShouldBeTrue();
        items[2].GetProperty("type").GetString().ShouldBe("count");
    }

    [Fact]
    public async Task Show_of_an_unknown_id_exits_1_and_lists_the_known_ones()
    {
        var run = await Run("instruments", "show", "nope", "--instruments", "defs");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("No instrument \"nope\"");
        run.Output.ShouldContain("Known: tiny-checkin");
    }

    [Fact]
    public async Task Validate_passes_a_valid_file()
    {
        var run = await Run("instruments", "validate", "defs/tiny-checkin.json");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("All 1 definition(s) are valid.");
    }

    [Fact]
    public async Task Validate_fails_with_exit_1_and_names_file_path_and_problem()
    {
        var broken = folder.File("bad.json", CheckIn.Replace("\"responseScale\": \"agree5\", \"reverse\"", "\"responseScale\": \"agree7\", \"reverse\""));

        var run = await Run("instruments", "validate", "bad.json", "--json");

        run.ExitCode.ShouldBe(1);
        var problem = JsonDocument.Parse(run.Output).RootElement[0].GetProperty("problems")[0];
        problem.GetProperty("file").GetString().ShouldBe(broken);
        problem.GetProperty("column").GetString().ShouldBe("$.items[1].responseScale");
        problem.GetProperty("message").GetString()!.ShouldContain("unknown response scale \"agree7\"");
    }

    [Fact]
    public async Task Validate_of_a_missing_path_exits_1_with_a_fix()
    {
        var run = await Run("instruments", "validate", "missing.json");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("No file or folder");
    }

    [Theory]
    [InlineData("instrumnts", "list")]
    [InlineData("instruments", "list", "--jsn")]
    [InlineData("instruments", "show")]
    public async Task A_command_line_that_cannot_be_parsed_exits_2(params string[] args)
    {
        var run = await Run(args);

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldContain("--help");
    }
}
