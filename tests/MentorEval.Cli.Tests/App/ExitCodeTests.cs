using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.App;

/// <summary>
/// What a script sees: 0 done, 1 wrong input, 2 a command line that cannot be parsed, 130 stopped by the user (and the
/// database as it was), 70 a bug in MentorEval (said plainly, with how to report it; the stack only when asked for).
/// </summary>
public sealed class ExitCodeTests
{
    private const int Rows = 300_000;

    [Fact]
    public async Task A_command_line_that_cannot_be_parsed_exits_2()
    {
        using var folder = new TemporaryFolder();

        var run = await CliHarness.RunAsync(folder.Path, "instruments", "list", "--no-such-option");

        run.ExitCode.ShouldBe(2, run.Output);
    }

    [Fact]
    public async Task An_internal_failure_exits_70_and_asks_for_a_report_without_a_stack_trace()
    {
        using var folder = new TemporaryFolder();

        var run = await CliHarness.RunAsync(new BrokenEnvironment(folder.Path, debug: false), CancellationToken.None, "instruments", "list");

        run.ExitCode.ShouldBe(70, run.Output);
        run.Output.ShouldContain("unexpected problem (InvalidOperationException: the working folder could not be read (injected))");
        run.Output.ShouldContain("please report it");
        run.Output.ShouldContain("MENTOREVAL_DEBUG=1");
        run.Output.ShouldNotContain(" at MentorEval.");
    }

    [Fact]
    public async Task With_MENTOREVAL_DEBUG_an_internal_failure_also_shows_where_it_happened()
    {
        using var folder = new TemporaryFolder();

        var run = await CliHarness.RunAsync(new BrokenEnvironment(folder.Path, debug: true), CancellationToken.None, "instruments", "list");

        run.ExitCode.ShouldBe(70, run.Output);
        run.Output.ShouldContain("please report it");
        run.Output.ShouldContain($"at {typeof(BrokenEnvironment).FullName!.Replace('+', '.')}.get_CurrentDirectory()");
    }

    [StoreTheory]
    public async Task Cancelling_during_an_import_exits_130_and_leaves_the_database_as_it_was(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        (await program.ImportAsync("exports/generic.csv")).Summary.Imported.ShouldBe(3);
        var before = await program.SnapshotAsync();
        LargeExport.Write(program.PathOf("large.csv"), Rows);
        using var interrupt = new CancellationTokenSource();

        var import = Task.Run(() => CliHarness.RunAsync(new CliHarness.FixedEnvironment(program.Path), interrupt.Token,
            "import", "large.csv", "--instrument", "pair-pulse", "--db", program.Database, "--rejects", "rejects.csv"));
        // Cancelled once the batch's rows are being written, as a user would press Ctrl+C on a running import.
        await LargeExport.WaitForRejectsAsync(program.PathOf("rejects.csv"), () => import.IsCompleted);
        import.IsCompleted.ShouldBeFalse("the import ended before it could be cancelled: give it a larger file");
        await interrupt.CancelAsync();
        var run = await import;

        run.ExitCode.ShouldBe(130, run.Output);
        run.Output.ShouldContain("Cancelled. Nothing of the unfinished work was kept.");
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
        (await program.ResponsesAsync()).Count.ShouldBe(3);
    }

    /// <summary>An environment that fails as a bug would: reading the working folder throws.</summary>
    private sealed class BrokenEnvironment(string directory, bool debug)
        : CliHarness.FixedEnvironment(directory, debug ? new Dictionary<string, string> { ["MENTOREVAL_DEBUG"] = "1" } : null)
    {
        public override string CurrentDirectory => throw new InvalidOperationException("the working folder could not be read (injected)");
    }
}
