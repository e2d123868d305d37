using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>The cohort dashboard in Chromium: the charts are drawn, each with a text alternative, and the page passes axe.</summary>
public sealed class DashboardJourneyTests
{
    private const string Running = "2025-fall";

    [BrowserFact]
    public async Task A_leader_compares_two_cohorts_on_the_dashboard_whose_charts_are_drawn_with_text_alternatives_and_which_passes_axe()
    {
        await using var app = await RunningApp.StartAsync();
        await using var browser = await Browser.SignedInAsync(app);
        var page = browser.Page;
        await page.GotoAsync($"{app.Address}/programs/default/cohorts/{Running}");

        await page.SelectOptionAsync("#compare", "2024-fall");
        await browser.NavigateAsync(() => page.ClickAsync("#compare-form button"));

        page.Url.ShouldEndWith("?compare=2024-fall");
        var charts = page.Locator("svg[role=img]");
        (await charts.CountAsync()).ShouldBeGreaterThan(2);
        foreach (var chart in await charts.AllAsync())
        {
            (await chart.GetAttributeAsync("aria-label")).ShouldNotBeNullOrWhiteSpace();
            (await chart.BoundingBoxAsync())!.Height.ShouldBeGreaterThan(200, "the chart is drawn at its proportions, not squashed");
        }

        (await page.Locator("#retention tbody tr.ours th").InnerTextAsync()).ShouldBe(Running);
        await browser.ShouldPassAxeAsync();
        browser.Dialogs.ShouldBeEmpty();

        // The screenshot for the README: the findings and the retention curve, as a leader first sees them.
        await page.SetViewportSizeAsync(1200, 1500);
        await browser.ScreenshotAsync("web-dashboard");
    }
}
