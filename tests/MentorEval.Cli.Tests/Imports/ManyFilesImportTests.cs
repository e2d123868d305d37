using System.Text.Json;
using MentorEval.Cli.App;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// Issue #15 §5: several exports in one command, named one by one or as a folder laid out as
/// &lt;wave&gt;/&lt;instrument&gt;.csv; each is its own transaction, and one summary says what became of each.
/// </summary>
public sealed class ManyFilesImportTests : IDisposable
{
    private readonly ProgramFolder program = new(StoreKind.Sqlite);

    public void Dispose() => program.Dispose();

    private string Export(string wave) =>
        string.Join("\n", File.ReadAllLines(program.PathOf("exports/generic.csv")).Select(l => l.Replace(",2024-06,", $",{wave},"))) + "\n";

    [Fact]
    public async Task A_folder_laid_out_as_wave_and_instrument_imports_each_file_with_its_wave_and_one_summary()
    {
        await program.ImportRosterAsync();
        program.Write("responses/2024-06/pair-pulse.csv", Export("2024-06"));
        program.Write("responses/2024-07/pair-pulse.csv", Export("2024-07"));

        var run = await program.RunAsync("import", "responses");
        var json = await program.RunAsync("import", "responses", "--json");

        run.ExitCode.ShouldBe(ExitCode.Success, run.Output);
        run.Output.ShouldContain("2 file(s), each imported on its own.");
        run.Output.ShouldContain(Path.Combine("responses", "2024-07", "pair-pulse.csv"));
        (await program.ResponsesAsync()).Select(r => r.Wave).Distinct().Order().ShouldBe(["2024-06", "2024-07"]);
        var files = JsonDocument.Parse(json.Output).RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => f.GetProperty("outcome").GetString()).ShouldBe(["already imported", "already imported"]);
        files.Select(f => f.GetProperty("wave").GetString()).ShouldBe(["2024-06", "2024-07"]);
    }

    [Fact]
    public async Task A_file_that_fails_is_reported_and_the_others_are_stored_and_the_exit_code_says_one_failed()
    {
        await program.ImportRosterAsync();
        program.Write("june.csv", Export("2024-06"));
        program.Write("no-wave.csv", string.Join("\n", File.ReadAllLines(program.PathOf("exports/generic.csv"))
            .Select(line => string.Join(",", line.Split(',').Where((_, column) => column != 3)))) + "\n");

        var run = await program.RunAsync("import", "june.csv", "no-wave.csv", "--instrument", "pair-pulse", "--json");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        // Stdout's JSON, then the refusal as text on stderr (the harness captures both).
        var root = JsonDocument.Parse(run.Output[..run.Output.IndexOf("\nerror: ", StringComparison.Ordinal)]).RootElement;
        run.Output.ShouldContain($"error: {program.PathOf("no-wave.csv")}: This file has no wave column");
        root.GetProperty("failed").GetInt32().ShouldBe(1);
        var files = root.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => f.GetProperty("outcome").GetString()).ShouldBe(["stored", "refused"]);
        (await program.ResponsesAsync()).Count.ShouldBe(3);
    }
}
