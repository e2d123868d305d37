using MentorEval.Application.Imports;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// The corpus of bad files (Imports/Fixtures/bad), each imported into a program that already holds a roster and a batch
/// of responses (wave 2024-06). Every file gets a message that names the file, the row and column, and what was expected;
/// with --strict the database keeps exactly the rows it had in every table, and without it only the valid rows are added.
/// </summary>
public sealed class BadFileTests
{
    private static async Task<DatabaseSnapshot> ProgramWithResponsesAsync(ProgramFolder program)
    {
        await program.ImportRosterAsync();
        (await program.ImportAsync("exports/generic.csv")).Summary.Imported.ShouldBe(3);
        return await program.SnapshotAsync();
    }

    /// <summary>Files that cannot be read as an export at all: refused whole, strict or not.</summary>
    [StoreTheory]
    [InlineData("wrong-encoding.csv", "is UTF-32 text", "save it as \"CSV UTF-8\"")]
    [InlineData("wrong-separator.csv", "row 1", "no comma, semicolon or tab between its column names", "seems to be separated by '|'")]
    [InlineData("header-only.csv", "has header rows but no responses")]
    [InlineData("empty.csv", "The file is empty")]
    [InlineData("missing-id-column.csv", "row 1", "There is no \"respondent_id\" column", "The generic layout starts respondent_id,pair_id,role,wave")]
    public async Task A_file_that_cannot_be_read_is_refused_with_its_reason_and_stores_nothing(StoreKind store, string file, params string[] message)
    {
        using var program = new ProgramFolder(store);
        var before = await ProgramWithResponsesAsync(program);

        foreach (var strict in new[] { true, false })
        {
            var run = await program.ImportAsync($"bad/{file}", strict ? ["--strict"] : []);

            run.ExitCode.ShouldBe(1, run.Output);
            run.Output.ShouldStartWith($"error: {file}");
            foreach (var part in message) run.Output.ShouldContain(part);
            (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();
        }
    }

    /// <summary>
    /// Files with bad rows. <paramref name="rejects"/> are "row|column|reason" of every rejected cell. Without --strict the
    /// valid rows are stored (exit 0), or nothing when none is valid (exit 1).
    /// </summary>
    [StoreTheory]
    [InlineData("ragged-rows.csv", 2, "3|L|This row has 12 cells but the header has 11 columns: cell L (\" thanks\") has no column")]
    [InlineData("unknown-labels.csv", 0,
        "2|goals|goals: \"Somewhat agree\" is not an answer on this item's scale; expected a number from 1 to 5 or one of \"Strongly disagree\", \"Disagree\"",
        "3|trust|trust: \"Agree strongly\" is not an answer on this item's scale")]
    [InlineData("out-of-range.csv", 1,
        "2|goals|goals: 6 is outside the response scale 1–5; expected a number from 1 to 5",
        "3|meetings|meetings: 40 is more than this count allows; expected a whole number of 0 or more up to 31")]
    [InlineData("duplicate-respondents.csv", 1,
        "3|respondent id|duplicate: \"MT-02\" (pair P-102) already has a response to this instrument at wave \"2024-06\" (stored, or earlier in this file)",
        "4|respondent id|duplicate: \"MT-01\" (pair P-101) already has a response to this instrument at wave \"2024-06\"")]
    [InlineData("unknown-pair.csv", 2, "3|pair_id|pair \"P-999\" is not in the roster; import the roster that lists it, or correct the pair id")]
    public async Task Rejected_rows_are_listed_with_row_column_and_reason_and_only_valid_rows_are_ever_stored(
        StoreKind store, string file, int validRows, params string[] rejects)
    {
        using var program = new ProgramFolder(store);
        var before = await ProgramWithResponsesAsync(program);
        var rejectedRows = rejects.Select(r => r.Split('|')[0]).Distinct().Count();

        var strict = await program.ImportAsync($"bad/{file}", "--strict");

        strict.ExitCode.ShouldBe(1, strict.Output);
        ShouldListRejects(strict.Summary, file, rejects);
        (strict.Summary.Rejected, strict.Summary.Committed).ShouldBe((rejectedRows, false));
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBeEmpty();

        var lenient = await program.ImportAsync($"bad/{file}");

        lenient.ExitCode.ShouldBe(validRows > 0 ? 0 : 1, lenient.Output);
        ShouldListRejects(lenient.Summary, file, rejects);
        (lenient.Summary.Imported, lenient.Summary.Rejected, lenient.Summary.Committed).ShouldBe((validRows, rejectedRows, validRows > 0));
        (await program.SnapshotAsync()).RowsAddedSince(before).ShouldBe(validRows > 0
            ? new Dictionary<string, int> { ["import_batches"] = 1, ["responses"] = validRows }
            : []);
    }

    [StoreTheory]
    public async Task A_strict_import_with_rejected_rows_says_in_the_terminal_that_nothing_was_stored_and_where_the_rejects_are(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await ProgramWithResponsesAsync(program);

        var run = await program.RunAsync("import", "bad/out-of-range.csv", "--instrument", "pair-pulse", "--strict");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("out-of-range.csv → pair-pulse: read as Generic");
        run.Output.ShouldContain("Rejected rows");
        run.Output.ShouldContain($"All rejections: {program.PathOf("bad/out-of-range.rejects.csv")}");
        run.Output.ShouldContain("Nothing was stored: --strict and some rows were rejected.");
    }

    private static void ShouldListRejects(ImportSummary summary, string file, string[] rejects)
    {
        Path.GetFileName(summary.File).ShouldBe(file);
        summary.FirstRejects.Count.ShouldBe(rejects.Length);
        foreach (var (cell, expected) in summary.FirstRejects.Zip(rejects))
        {
            var parts = expected.Split('|');
            (cell.Row.ToString(), cell.Column).ShouldBe((parts[0], parts[1]));
            cell.Message.ShouldContain(parts[2]);
        }
    }
}
