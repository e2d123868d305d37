using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.App;

/// <summary>
/// Output sent to a file or a pipe (as the in-memory harness's writer is) is for reading and grepping: tables are as wide
/// as their content, so no id, number or message is broken across lines and no cell wraps onto a second line.
/// </summary>
public sealed class RedirectedOutputTests
{
    private static readonly string LongId = "MENTEE-" + new string('7', 33);

    [Fact]
    public async Task An_import_printed_to_a_file_keeps_every_number_and_reason_on_one_line()
    {
        using var program = new ProgramFolder(StoreKind.Sqlite);
        program.Write("long.csv", $"""
            respondent_id,role,wave,listens,goals,trust,cancelled,meetings,comment
            {LongId},mentee,2024-09,9,1,1,1,1,a comment
            {LongId}-2,mentee,2024-09,3,1234567,1,1,1,another comment
            {LongId}-3,mentor,2024-09,2,2,2,2,2,fine

            """);

        var run = await program.RunAsync("import", "long.csv", "--instrument", "pair-pulse");

        run.ExitCode.ShouldBe(0, run.Output);
        var lines = run.Output.Split(Environment.NewLine);
        lines.ShouldContain(l => l.Contains("listens: 9 is outside the response scale 1–5") && l.Contains("\"-99\""), run.Output);
        lines.ShouldContain(l => l.Contains("1234567"), run.Output);
        NoCellWraps(run.Output);
    }

    [Fact]
    public async Task The_instrument_list_printed_to_a_file_has_no_wrapped_cells()
    {
        using var folder = new TemporaryFolder();

        var run = await CliHarness.RunAsync(folder.Path, "instruments", "list");

        run.ExitCode.ShouldBe(0, run.Output);
        NoCellWraps(run.Output);
    }

    /// <summary>A table row's continuation line (a wrapped cell) starts with an empty first cell; a row of its own never does.</summary>
    private static void NoCellWraps(string output)
    {
        foreach (var line in output.Split(Environment.NewLine).Where(l => l.StartsWith('│')))
            line.Split('│', StringSplitOptions.None)[1].ShouldNotBeNullOrWhiteSpace($"a cell wrapped onto a second line:{Environment.NewLine}{output}");
    }
}
