using MentorEval.Cli.App;

namespace MentorEval.Cli.Tests.Instruments;

/// <summary>
/// `instruments import-redcap` on what REDCap users download besides the dictionary CSV (issue 16, points 13–14): an
/// instrument package (ZIP) with identifier fields, and binary files that are not dictionaries at all.
/// </summary>
public sealed class RedcapPackageCommandTests : IDisposable
{
    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Redcap", "Fixtures", name);

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static async Task<(int Exit, string Output)> Run(params string[] args)
    {
        var writer = new StringWriter();
        var exit = await CliApp.RunAsync(args, Terminal.Capture(writer), new CliEnvironment());
        return (exit, writer.ToString());
    }

    [Fact]
    public async Task An_instrument_package_converts_with_its_identifier_fields_listed_and_left_out()
    {
        var output = folder.PathOf("weekly-pulse.json");

        var (exit, text) = await Run("instruments", "import-redcap", FixturePath("weekly_pulse_package.zip"), "--form", "weekly_pulse", "--out", output);

        exit.ShouldBe(ExitCode.Success, text);
        var definition = File.ReadAllText(output);
        definition.ShouldContain("\"id\": \"mood_today\"");
        definition.ShouldNotContain("contact_email");
        definition.ShouldNotContain("mentee_name");
        text.ShouldContain("Not converted (3 field(s))");
        text.ShouldContain("Identifier? = y");
    }

    [Fact]
    public async Task Identifier_fields_are_converted_only_with_keep_identifiers()
    {
        var output = folder.PathOf("weekly-pulse.json");

        var (exit, text) = await Run("instruments", "import-redcap", FixturePath("weekly_pulse_package.zip"), "--form", "weekly_pulse", "--out", output,
            "--keep-identifiers");

        exit.ShouldBe(ExitCode.Success, text);
        File.ReadAllText(output).ShouldContain("\"id\": \"contact_email\"");
    }

    [Theory]
    [InlineData("dictionary.pdf", "is a PDF document, not a data dictionary")]
    [InlineData("workbook.xlsx", "is an Excel workbook (.xlsx), not a data dictionary")]
    public async Task A_binary_file_gets_one_line_and_none_of_its_bytes(string fixture, string says)
    {
        var (exit, text) = await Run("instruments", "import-redcap", FixturePath(fixture), "--form", "x", "--out", folder.PathOf("x.json"));

        exit.ShouldBe(ExitCode.InvalidInput);
        var error = text.Split('\n').Where(l => l.StartsWith("error:")).ShouldHaveSingleItem();
        error.ShouldContain(says);
        text.ShouldNotContain("%PDF");
        text.ShouldNotContain("PK");
        text.ShouldAllBe(c => c >= ' ' || c == '\n' || c == '\r');
    }
}
