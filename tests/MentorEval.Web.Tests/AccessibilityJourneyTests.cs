using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>Issue #13's accessibility bar in Chromium: axe finds no serious or critical violation on the program home, the risk page and the report page.</summary>
public sealed class AccessibilityJourneyTests
{
    private const string Cohort = "2025-fall";

    [BrowserFact]
    public async Task The_program_home_the_risk_page_and_the_report_page_pass_axe()
    {
        await using var app = await RunningApp.StartAsync();
        await using var browser = await Browser.SignedInAsync(app);
        var page = browser.Page;

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Your program");
        await browser.ShouldPassAxeAsync();

        await page.GotoAsync($"{app.Address}/programs/default/cohorts/{Cohort}/risk");
        (await page.Locator("#unanswered li").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#export a").CountAsync()).ShouldBe(1);
        await browser.ShouldPassAxeAsync();

        await page.GotoAsync($"{app.Address}/programs/default/cohorts/{Cohort}/report");
        (await page.Locator("#make").CountAsync()).ShouldBe(1);
        await browser.ShouldPassAxeAsync();
        browser.Dialogs.ShouldBeEmpty();
    }
}
