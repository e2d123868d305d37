using System.Text.Json;
using System.Text.RegularExpressions;
using MentorEval.Cli.Tests.Support;
using UglyToad.PdfPig;

namespace MentorEval.Cli.Tests.Reports;

/// <summary>
/// Issue #15, "a PDF brief for the committee": the demo writes <c>MentorEval-&lt;cohort&gt;-brief.pdf</c> beside the
/// workbook, says where, and the brief carries the report's findings as text and no pair or respondent id.
/// </summary>
public sealed class DemoBriefTests : IClassFixture<DemoAndReportTests.DemoRun>
{
    private readonly DemoAndReportTests.DemoRun demo;

    public DemoBriefTests(DemoAndReportTests.DemoRun demo) => this.demo = demo;

    private JsonElement Report => demo.Summary.GetProperty("report");

    private string Brief => Report.GetProperty("brief").GetString()!;

    private static string Text(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void The_demo_writes_the_brief_beside_the_workbook()
    {
        Brief.ShouldBe(Path.Combine(demo.Folder.Path, "demo", "2025-fall", "MentorEval-2025-fall-brief.pdf"));
        Path.GetDirectoryName(Brief).ShouldBe(Path.GetDirectoryName(Report.GetProperty("workbook").GetString()));
        using var document = PdfDocument.Open(Brief);
        document.NumberOfPages.ShouldBeInRange(2, 4);
    }

    [Fact]
    public void The_brief_says_the_demos_findings_in_selectable_text()
    {
        var text = Text(Brief);

        var findings = Report.GetProperty("headlines").EnumerateArray().Select(h => h.GetString()!).ToList();
        findings.Count.ShouldBeGreaterThan(3);
        foreach (var finding in findings) text.ShouldContain(Regex.Replace(finding, @"\s+", " "));
    }

    [Fact]
    public void No_pair_or_person_id_of_the_demo_roster_appears_in_the_brief()
    {
        var text = Text(Brief);

        // pair_id, cohort, mentor_id, mentee_id: the ids of the sample's roster.
        var ids = File.ReadLines(Repository.PathOf("sample-data/roster.csv")).Skip(1).Select(l => l.Split(','))
            .SelectMany(f => new[] { f[0], f[2], f[3] }).ToList();
        ids.Count.ShouldBeGreaterThan(100);
        ids.Where(id => text.Contains(id, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Report_names_the_brief_it_wrote()
    {
        var run = await demo.Run("report", "--cohort", demo.Cohort, "--db", demo.Database, "--out", "briefed");

        run.ExitCode.ShouldBe(0, run.Output);
        var brief = Path.Combine(demo.Folder.Path, "briefed", demo.Cohort, $"MentorEval-{demo.Cohort}-brief.pdf");
        File.Exists(brief).ShouldBeTrue();
        run.Output.ShouldContain("Brief (PDF, no pair named)");
        Regex.Replace(run.Output, @"[\s│]+", "").ShouldContain(Regex.Replace(brief, @"\s+", ""));
    }
}
