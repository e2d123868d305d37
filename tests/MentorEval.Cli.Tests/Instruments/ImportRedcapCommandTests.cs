using System.Text.Json;
using MentorEval.Cli.App;

namespace MentorEval.Cli.Tests.Instruments;

/// <summary>`instruments import-redcap` end to end: the real command line, a temporary folder, the fixture dictionary.</summary>
public sealed class ImportRedcapCommandTests : IDisposable
{
    private static readonly string Dictionary =
        Path.Combine(AppContext.BaseDirectory, "Redcap", "Fixtures", "mentoring_dictionary_export.csv");

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static async Task<(int Exit, string Output)> Run(params string[] args)
    {
        var writer = new StringWriter();
        var exit = await CliApp.RunAsync(args, Terminal.Capture(writer), new CliEnvironment());
        return (exit, writer.ToString());
    }

    [Fact]
    public async Task Import_writes_a_definition_that_instruments_validate_accepts()
    {
        var output = folder.PathOf("instruments", "checkin.json");

        var (exit, text) = await Run("instruments", "import-redcap", Dictionary, "--form", "mentee_checkin", "--out", output,
            "--reverse", "rel_conflict", "--citation", "MentorEval original");

        exit.ShouldBe(ExitCode.Success, text);
        File.ReadAllText(output).ShouldStartWith("{\n  \"$schema\": \"schema/instrument.schema.json\",");
        text.ShouldContain("10 item(s), 1 scale(s), 4 response scale(s)");
        text.ShouldContain("rel_conflict ↺");
        text.ShouldContain("Not converted (4 field(s))");
        text.ShouldContain("support_types___1");

        var (validateExit, validateText) = await Run("instruments", "validate", output);
        validateExit.ShouldBe(ExitCode.Success, validateText);
        validateText.ShouldContain("All 1 definition(s) are valid.");
    }

    [Fact]
    public async Task Import_refuses_to_replace_an_existing_file_without_force()
    {
        var output = folder.PathOf("checkin.json");
        File.WriteAllText(output, "keep me");

        var (exit, text) = await Run("instruments", "import-redcap", Dictionary, "--form", "mentee_checkin", "--out", output);

        exit.ShouldBe(ExitCode.InvalidInput);
        text.ShouldContain("already exists. Add --force");
        File.ReadAllText(output).ShouldBe("keep me");

        (await Run("instruments", "import-redcap", Dictionary, "--form", "mentee_checkin", "--out", output, "--force"))
            .Exit.ShouldBe(ExitCode.Success);
        File.ReadAllText(output).ShouldContain("\"id\": \"mentee-checkin\"");
    }

    [Fact]
    public async Task Import_of_an_unknown_form_writes_nothing_and_reports_errors_as_json()
    {
        var output = folder.PathOf("checkin.json");

        var (exit, text) = await Run("instruments", "import-redcap", Dictionary, "--form", "mentor_checkin", "--out", output, "--json");

        exit.ShouldBe(ExitCode.InvalidInput);
        File.Exists(output).ShouldBeFalse();
        using var summary = JsonDocument.Parse(text);
        summary.RootElement.GetProperty("written").GetBoolean().ShouldBeFalse();
        var error = summary.RootElement.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("column").GetString().ShouldBe("Form Name");
        error.GetProperty("fix").GetString()!.ShouldContain("mentee_checkin (14 fields)");
    }
}
