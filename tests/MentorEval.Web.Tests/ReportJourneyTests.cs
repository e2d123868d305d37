using ClosedXML.Excel;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>Issue #13 point 8 in Chromium: a leader makes the end-of-cohort report, watches it being made, and downloads it.</summary>
public sealed class ReportJourneyTests
{
    private const string Cohort = "2025-fall";

    [BrowserFact]
    public async Task A_leader_makes_the_report_from_the_program_home_downloads_the_workbook_and_finds_it_listed_afterwards()
    {
        await using var app = await RunningApp.StartAsync();
        await using var browser = await Browser.SignedInAsync(app);
        var page = browser.Page;
        await browser.NavigateAsync(() => page.Locator($"tr:has-text('{Cohort}') >> text=Report").ClickAsync());
        (await page.Locator("h1").InnerTextAsync()).ShouldBe($"End-of-cohort report for {Cohort}");
        await browser.ShouldPassAxeAsync();

        await browser.NavigateAsync(() => page.ClickAsync("#make"));
        // The page says the step it is at until the report is ready, then offers its files.
        await page.Locator("#downloads a").First.WaitForAsync(new() { Timeout = 120_000 });
        await browser.ShouldPassAxeAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads a", new() { HasText = "workbook" }).ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), "mentoreval-web-report-" + Path.GetRandomFileName() + ".xlsx");
        await download.SaveAsAsync(saved);
        try
        {
            using var workbook = new XLWorkbook(saved);
            workbook.Worksheet("Overview").Cell("B3").GetString().ShouldBe("Mentoring program");
        }
        finally
        {
            File.Delete(saved);
        }

        await page.GotoAsync($"{app.Address}/programs/default/cohorts/{Cohort}/report");
        (await page.Locator("#earlier tbody tr").CountAsync()).ShouldBe(1);
        browser.Dialogs.ShouldBeEmpty();
    }
}
