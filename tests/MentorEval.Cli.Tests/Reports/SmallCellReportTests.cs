using System.Globalization;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using MentorEval.Cli.Tests.Support;
using MentorEval.Reporting.Content;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Reports;

/// <summary>
/// End to end: three mentors answer the pair pulse at the end wave of a cohort of eight pairs, and --min-cell is 5.
/// Neither `analyze --json` nor any sheet, chart or file of `report` shows their scores, pseudonyms or submission times.
/// </summary>
public sealed class SmallCellReportTests : IAsyncLifetime
{
    private const string Cohort = "2025-spring";

    // Three of four statements answered: scores in thirds, which no mean, median or share of the quarter-point
    // scores of everyone else can equal (the cancelled statement is reverse-keyed: 6 − answer).
    private static readonly (string Mentor, string Answers, double Score, string Submitted)[] Withheld =
    [
        ("MT-1", "5,4,N/A,1", 14.0 / 3, "2025-11-20T03:17:00Z"),
        ("MT-2", "2,1,N/A,5", 4.0 / 3, "2025-11-20T03:18:00Z"),
        ("MT-3", "3,5,N/A,3", 11.0 / 3, "2025-11-21T23:41:00Z"),
    ];

    private readonly ProgramFolder program = new(StoreKind.Sqlite);

    public async Task InitializeAsync()
    {
        var roster = new StringBuilder("pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status,end_date,closure_reason\n");
        var export = new StringBuilder("respondent_id,pair_id,role,wave,submitted_at,listens,goals,trust,cancelled,meetings,comment\n");
        for (var n = 1; n <= 8; n++)
        {
            roster.Append(CultureInfo.InvariantCulture, $"PR-{n},{Cohort},MT-{n},ME-{n},2025-01-06,2025-12-19,active,,\n");
            export.Append(CultureInfo.InvariantCulture, $"ME-{n},PR-{n},mentee,baseline,2025-02-{n + 2:00}T12:00:00Z,{1 + n % 5},{1 + (n + 2) % 5},{1 + (n + 1) % 5},{1 + (n + 3) % 5},2,\n");
            export.Append(CultureInfo.InvariantCulture, $"ME-{n},PR-{n},mentee,end,2025-11-{n + 2:00}T12:00:00Z,{1 + (n + 4) % 5},{1 + n % 5},{1 + (n + 3) % 5},{1 + (n + 1) % 5},3,\n");
            // Mentors 4–8 answer only at baseline; mentors 1–3 only at the end: a group of three, answering nothing else.
            if (n >= 4) export.Append(CultureInfo.InvariantCulture, $"MT-{n},PR-{n},mentor,baseline,2025-02-{n + 2:00}T12:00:00Z,{1 + (n + 1) % 5},{1 + n % 5},{1 + (n + 2) % 5},{1 + (n + 4) % 5},2,\n");
        }

        for (var n = 0; n < Withheld.Length; n++)
            export.Append(CultureInfo.InvariantCulture, $"{Withheld[n].Mentor},PR-{n + 1},mentor,end,{Withheld[n].Submitted},{Withheld[n].Answers},4,\n");
        program.Write("small/roster.csv", roster.ToString());
        program.Write("small/pulse.csv", export.ToString());
        (await program.RunAsync("roster", "import", "small/roster.csv")).ExitCode.ShouldBe(0);
        var import = await program.ImportAsync("small/pulse.csv");
        import.Summary.Imported.ShouldBe(8 + 8 + 5 + 3, import.Run.Output);
    }

    public Task DisposeAsync()
    {
        program.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Analyze_json_holds_none_of_the_withheld_mentors_scores()
    {
        var run = await program.RunAsync("analyze", "--cohort", Cohort, "--min-cell", "5", "--json");

        run.ExitCode.ShouldBe(0, run.Output);
        var groups = JsonDocument.Parse(run.Output).RootElement.GetProperty("groups").EnumerateArray()
            .Where(g => g.GetProperty("wave").GetString() == "end" && g.GetProperty("role").GetString() == "mentor").ToList();
        groups.ShouldNotBeEmpty();
        groups.ShouldAllBe(g => g.GetProperty("suppressed").GetBoolean());
        Numbers(JsonDocument.Parse(run.Output).RootElement).ShouldNotContain(x => Withheld.Any(w => Math.Abs(w.Score - x) < 1e-9));
    }

    [Fact]
    public async Task No_sheet_chart_or_file_of_the_report_shows_the_withheld_mentors()
    {
        var run = await program.RunAsync("report", "--cohort", Cohort, "--min-cell", "5", "--out", "reports", "--json");

        run.ExitCode.ShouldBe(0, run.Output);
        var written = JsonDocument.Parse(run.Output).RootElement;
        var pseudonyms = Pseudonyms.For("R-", Cohort, Enumerable.Range(1, 8).SelectMany(n => new[] { $"MT-{n}", $"ME-{n}" }));
        var names = Withheld.SelectMany(w => new[] { w.Mentor, pseudonyms[w.Mentor] }).ToHashSet();
        var times = Withheld.Select(w => DateTimeOffset.Parse(w.Submitted, CultureInfo.InvariantCulture).UtcDateTime).ToHashSet();
        using var workbook = new XLWorkbook(written.GetProperty("workbook").GetString());

        var leaks = workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed().Where(cell => cell.DataType switch
        {
            XLDataType.Number => Withheld.Any(w => Math.Abs(w.Score - cell.GetDouble()) < 1e-9),
            XLDataType.DateTime => times.Contains(cell.GetDateTime()),
            _ => names.Contains(cell.GetString()),
        }).Select(cell => $"{sheet.Name}!{cell.Address}: {cell.GetString()}")).ToList();

        leaks.ShouldBeEmpty();
        workbook.Worksheet("Responses").CellsUsed().Select(c => c.GetString())
            .ShouldContain("3 responses withheld (small-cell rule: groups of fewer than 5 respondents): pair-pulse at end (mentors).");
        written.GetProperty("charts").EnumerateArray().Select(c => Path.GetFileName(c.GetString()!)).ShouldNotContain(c => c.StartsWith("dyads-", StringComparison.Ordinal));
    }

    private static IEnumerable<double> Numbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => [element.GetDouble()],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Numbers),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value)),
        _ => [],
    };
}
