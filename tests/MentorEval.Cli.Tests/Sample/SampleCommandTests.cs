using System.Text.Json;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.Sample;

public sealed class SampleCommandTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_committed_sample_data_is_exactly_what_the_documented_command_generates()
    {
        var run = await CliHarness.RunAsync(folder.Path, "sample", "generate", "--out", "regenerated");

        run.ExitCode.ShouldBe(0);
        var committed = Repository.PathOf("sample-data");
        var generated = Path.Combine(folder.Path, "regenerated");
        var files = Directory.GetFiles(generated, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(generated, f)).Order().ToList();
        files.ShouldContain("roster.csv");
        foreach (var file in files)
            File.ReadAllText(Path.Combine(generated, file)).ShouldBe(File.ReadAllText(Path.Combine(committed, file)), $"sample-data/{file} is out of date; regenerate it");
    }

    [Theory]
    [InlineData("qualtrics", "responses/baseline/mca-26-mentee.csv")]
    [InlineData("redcap", "responses/baseline/mca-26.csv")]
    public async Task Other_formats_write_files_the_importer_reads_back(string format, string file)
    {
        (await CliHarness.RunAsync(folder.Path, "sample", "generate", "--out", "p", "--pairs", "20", "--format", format)).ExitCode.ShouldBe(0);
        (await CliHarness.RunAsync(folder.Path, "roster", "import", "p/roster.csv")).ExitCode.ShouldBe(0);

        var args = new List<string> { "import", "p/" + file, "--instrument", "mca-26", "--json" };
        if (format == "qualtrics") args.AddRange(["--wave", "baseline", "--role", "mentee"]);
        var run = await CliHarness.RunAsync(folder.Path, [.. args]);

        run.ExitCode.ShouldBe(0, run.Output);
        var summary = JsonDocument.Parse(run.Output).RootElement;
        summary.GetProperty("rejected").GetInt32().ShouldBe(0);
        summary.GetProperty("imported").GetInt32().ShouldBeGreaterThan(5);
        summary.GetProperty("unmappedItems").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_nonsense_option_value_is_explained()
    {
        var run = await CliHarness.RunAsync(folder.Path, "sample", "generate", "--out", "x", "--pairs", "0");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("error: --pairs: The number of pairs must be 1 or more (got 0). Give a whole number of 1 or more.");
    }
}
