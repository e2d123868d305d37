using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.App;

/// <summary>
/// Commands that only read a program (analyze, risk, report) never leave an empty database behind: a mistyped --db, or
/// a run in the wrong folder, says there is no database there instead of creating one.
/// </summary>
public sealed class ReadOnlyCommandTests
{
    [Theory]
    [InlineData("analyze", "--cohort", "2024-spring")]
    [InlineData("risk", "predict", "--cohort", "2024-spring")]
    [InlineData("risk", "explain", "--pair", "P-101")]
    [InlineData("risk", "train")]
    [InlineData("report", "--cohort", "2024-spring", "--out", "reports")]
    public async Task A_read_only_command_without_a_database_says_so_and_creates_none(params string[] args)
    {
        using var folder = new TemporaryFolder();

        var run = await CliHarness.RunAsync(folder.Path, args);

        run.ExitCode.ShouldBe(1, run.Output);
        run.Output.ShouldContain($"There is no database at \"{Path.Combine(folder.Path, "mentoreval.db")}\" yet");
        run.Output.ShouldContain("mentoreval roster import FILE");
        Directory.EnumerateFileSystemEntries(folder.Path).ShouldBeEmpty();
    }
}
