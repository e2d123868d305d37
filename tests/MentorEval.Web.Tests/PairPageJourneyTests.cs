using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>The pair page in Chromium, reached from the risk list as a leader reaches it.</summary>
public sealed class PairPageJourneyTests
{
    private const string Running = "2025-fall";

    [BrowserFact]
    public async Task A_leader_follows_a_flagged_pair_from_the_risk_list_to_its_page_which_shows_why_and_passes_axe()
    {
        await using var app = await RunningApp.StartAsync();
        await using var browser = await Browser.SignedInAsync(app);
        var page = browser.Page;
        await page.GotoAsync($"{app.Address}/programs/default/cohorts/{Running}/risk");
        var first = page.Locator("#pairs tbody tr.flagged").First;
        var pairId = (await first.Locator("th").InnerTextAsync()).Trim();
        var reasons = await first.Locator("td li").AllInnerTextsAsync();

        await browser.NavigateAsync(() => first.Locator("th a").ClickAsync());

        (await page.Locator("h1").InnerTextAsync()).ShouldBe($"Pair {pairId}");
        (await page.Locator("#reasons li").AllInnerTextsAsync()).ShouldBe(reasons);
        (await page.Locator("#roster").InnerTextAsync()).ShouldContain(Running);
        (await page.Locator("table.checkin").CountAsync()).ShouldBeGreaterThan(0);
        await browser.ShouldPassAxeAsync();
        browser.Dialogs.ShouldBeEmpty();
    }
}
