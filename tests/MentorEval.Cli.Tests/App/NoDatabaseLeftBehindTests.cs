using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.App;

/// <summary>
/// Issue #15 §5: besides analyze, risk and report (<see cref="ReadOnlyCommandTests"/>), retention says there is no
/// database without creating one, and the commands that read only an export (score, validity) never open one.
/// </summary>
public sealed class NoDatabaseLeftBehindTests
{
    [Fact]
    public async Task Retention_without_a_database_says_so_and_creates_none()
    {
        using var folder = new TemporaryFolder();

        var run = await CliHarness.RunAsync(folder.Path, "retention");

        run.ExitCode.ShouldBe(1, run.Output);
        run.Output.ShouldContain($"There is no database at \"{Path.Combine(folder.Path, "mentoreval.db")}\" yet");
        Directory.EnumerateFileSystemEntries(folder.Path).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("score", "--out", "scores.csv")]
    [InlineData("validity")]
    public async Task A_command_that_reads_only_an_export_leaves_no_database_behind(string command, params string[] options)
    {
        using var folder = new TemporaryFolder();
        File.Copy(Repository.PathOf("sample-data/responses/end/mca-26.csv"), Path.Combine(folder.Path, "mca-26.csv"));

        var run = await CliHarness.RunAsync(folder.Path, [command, "mca-26.csv", "--instrument", "mca-26", .. options]);

        run.ExitCode.ShouldBe(0, run.Output);
        File.Exists(Path.Combine(folder.Path, "mentoreval.db")).ShouldBeFalse();
    }
}
