using MentorEval.Cli.App;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// Issue #15 §5: an export whose columns are not named as the instrument's items gets the closest item for each
/// column, a mapping template to complete (--write-map, read back by --map), and a dry run that shows the mapping
/// and the first rows as they will be stored.
/// </summary>
public sealed class ColumnHelpTests : IDisposable
{
    private readonly ProgramFolder program = new(StoreKind.Sqlite);

    public ColumnHelpTests() =>
        program.Write("renamed.csv", """
            respondent_id,pair_id,role,wave,submitted_at,Q_partner_listens,set_goals,trust_partner_q3,meetings_cancelled,times_met,other_remarks
            MT-01,P-101,mentor,2024-06,2024-06-03T18:02:11Z,Agree,4,5,2,3,
            ME-01,P-101,mentee,2024-06,2024-06-04T07:30:00Z,5,5,4,1,3,Much better this month
            MT-03,P-103,mentor,2024-06,2024-06-05,2,3,3,4,1,
            """ + "\n");

    public void Dispose() => program.Dispose();

    [Fact]
    public async Task When_no_column_matches_each_column_is_shown_with_its_closest_item_and_the_template_option_is_offered()
    {
        await program.ImportRosterAsync();

        var run = await program.RunAsync("import", "renamed.csv", "--instrument", "pair-pulse");

        run.ExitCode.ShouldBe(ExitCode.InvalidInput, run.Output);
        run.Output.ShouldContain("The file's 6 answer columns and the closest of the 6 items of pair-pulse:");
        run.Output.ShouldContain("column \"Q_partner_listens\" is closest to item listens \"My partner listens to me\"");
        run.Output.ShouldContain("column \"meetings_cancelled\" is closest to item cancelled \"Our meetings get cancelled\"");
        run.Output.ShouldContain("column \"other_remarks\": no item is close");
        run.Output.ShouldContain("--write-map map.json");
        File.Exists(program.PathOf("renamed.rejects.csv")).ShouldBeFalse();
    }

    [Fact]
    public async Task The_mapping_template_holds_the_best_guesses_and_once_read_back_by_map_imports_the_file()
    {
        await program.ImportRosterAsync();

        var written = await program.RunAsync("import", "renamed.csv", "--instrument", "pair-pulse", "--write-map", "map.json");
        var dryRun = await program.RunAsync("import", "renamed.csv", "--instrument", "pair-pulse", "--map", "map.json", "--dry-run");
        var imported = await program.ImportAsync("renamed.csv", "--map", "map.json");

        written.ExitCode.ShouldBe(ExitCode.Success, written.Output);
        var template = File.ReadAllText(program.PathOf("map.json"));
        template.ShouldContain("\"Q_partner_listens\": \"listens\",  // GUESSED, check: My partner listens to me");
        template.ShouldContain("\"set_goals\": \"goals\"");
        template.ShouldContain("\"meetings_cancelled\": \"cancelled\"");
        template.ShouldContain("other_remarks");
        dryRun.ExitCode.ShouldBe(ExitCode.Success, dryRun.Output);
        dryRun.Output.ShouldContain("Columns → items");
        dryRun.Output.ShouldContain("yes (scored max + min − value)");
        dryRun.Output.ShouldContain("Agree → 4");
        dryRun.Output.ShouldContain("Dry run: nothing was stored.");
        imported.ExitCode.ShouldBe(ExitCode.Success, imported.Output);
        (imported.Summary.Imported, imported.Summary.Rejected).ShouldBe((3, 0));
    }
}
