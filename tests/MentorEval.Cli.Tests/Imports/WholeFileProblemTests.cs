using MentorEval.Cli.App;
using MentorEval.Cli.Tests.Support;
using MentorEval.Core.Diagnostics;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// Issue #15 §5: a problem of the whole file (no wave anywhere, a cohort the roster does not have) is one message about
/// the file, not the same rejection repeated for every row; a dry run leaves nothing behind, not even a new database.
/// </summary>
public sealed class WholeFileProblemTests : IDisposable
{
    private readonly ProgramFolder program = new(StoreKind.Sqlite);

    public void Dispose() => program.Dispose();

    [Fact]
    public async Task A_file_without_a_wave_column_and_no_wave_option_is_one_message_about_the_file_not_a_rejection_per_row()
    {
        await program.ImportRosterAsync();
        program.Write("no-wave.csv", string.Join("\n", File.ReadAllLines(program.PathOf("exports/generic.csv"))
            .Select(line => string.Join(",", line.Split(',').Where((_, column) => column != 3)))) + "\n");
        var before = await program.SnapshotAsync();

        var run = await program.RunAsync("import", "no-wave.csv", "--instrument", "pair-pulse");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        var error = run.Output.Trim();
        error.Split('\n').ShouldHaveSingleItem(run.Output);
        error.ShouldStartWith($"error: {program.PathOf("no-wave.csv")}: This file has no wave column");
        error.ShouldContain("--wave baseline");
        (await program.ImportAsync("no-wave.csv")).Output.ShouldContain($"\"code\": \"{DiagnosticCodes.Response.WaveMissing}\"");
        File.Exists(program.PathOf("no-wave.rejects.csv")).ShouldBeFalse();
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_cohort_the_roster_does_not_have_is_one_message_naming_the_cohorts_it_has()
    {
        await program.ImportRosterAsync();

        var run = await program.RunAsync("import", "exports/generic.csv", "--instrument", "pair-pulse", "--cohort", "1999");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.Trim().Split('\n').ShouldHaveSingleItem(run.Output);
        run.Output.ShouldContain("--cohort \"1999\" is not a cohort of the roster (it has \"2024-autumn\", \"2024-spring\")");
        (await program.ImportAsync("exports/generic.csv", "--cohort", "1999")).Output.ShouldContain($"\"code\": \"{DiagnosticCodes.Program.CohortUnknown}\"");
    }

    [Fact]
    public async Task A_dry_run_in_a_folder_without_a_database_says_so_and_creates_none()
    {
        using var folder = new TemporaryFolder();
        File.Copy(program.PathOf("exports/generic.csv"), Path.Combine(folder.Path, "generic.csv"));

        var run = await CliHarness.RunAsync(folder.Path, "import", "generic.csv", "--instrument", "pair-pulse", "--dry-run",
            "--instruments", program.PathOf("instruments"));

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain($"There is no database at \"{Path.Combine(folder.Path, "mentoreval.db")}\" yet");
        Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).ShouldBe(["generic.csv"]);
    }
}
