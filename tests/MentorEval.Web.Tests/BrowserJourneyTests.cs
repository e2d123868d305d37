using System.Globalization;
using System.Text.Json.Nodes;
using MentorEval.Web.Components.Pages;
using MentorEval.Web.Tests.Support;
using Microsoft.Playwright;

namespace MentorEval.Web.Tests;

/// <summary>A program leader's first visit, in Chromium: the one-time link, the program home, a cohort's dashboard, the pairs at risk.</summary>
public sealed class BrowserJourneyTests
{
    private const string Running = "2025-fall";

    [BrowserFact]
    public async Task A_leader_signs_in_with_the_link_sees_the_program_the_dashboard_s_numbers_and_re_flags_pairs_for_their_capacity()
    {
        await using var app = await RunningApp.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium.Path, Headless = true });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();

        // Before signing in, a page sends to the sign-in page.
        await page.GotoAsync(app.Address + "/");
        new Uri(page.Url).AbsolutePath.ShouldBe("/sign-in");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Sign in");

        await page.GotoAsync(app.SignInLink);
        page.Url.ShouldEndWith("/programs/default");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Your program");
        (await page.Locator("body").InnerTextAsync()).ShouldContain("Last survey import:");
        (await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('header.top')).backgroundColor")).ShouldBe("rgb(11, 92, 171)", "the stylesheet is served");
        var runningRow = page.Locator("tbody tr", new PageLocatorOptions { HasText = Running });
        (await runningRow.InnerTextAsync()).ShouldContain(" of ");
        await Screenshot(page, "web-home");

        // The dashboard shows the API's numbers, which are the analyze use case's.
        await page.ClickAsync($"tr:has-text('{Running}') >> text=Dashboard");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe($"Cohort {Running}");
        var api = JsonNode.Parse(await (await page.Context.APIRequest.GetAsync($"{app.Address}/api/programs/default/cohorts/{Running}")).TextAsync())!;
        var shown = await page.EvalOnSelectorAllAsync<string[][]>("table.scales tbody tr", "rows => rows.map(r => [...r.cells].map(c => c.innerText.trim()))");
        var expected = api["analysis"]!["groups"]!.AsArray().Select(g => g!["suppressed"]!.GetValue<bool>()
            ? new[] { Text(g["scale"]), Text(g["wave"]), Who(Text(g["role"])), $"not shown: fewer than {api["analysis"]!["minimumCell"]} people" }
            : [Text(g["scale"]), Text(g["wave"]), Who(Text(g["role"])), g["n"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture),
                CohortDashboard.Number(g["mean"]!.GetValue<double>()), $"{CohortDashboard.Number(g["ciLower"]!.GetValue<double>())} to {CohortDashboard.Number(g["ciUpper"]!.GetValue<double>())}"]).ToList();
        shown.Length.ShouldBe(expected.Count);
        shown.Select(r => string.Join(" | ", r)).ShouldBe(expected.Select(r => string.Join(" | ", r)));
        expected.ShouldContain(r => r.Length == 6, "some groups are large enough to show");

        // Pairs at risk: flagged first, reasons in words; the capacity re-flags.
        await page.ClickAsync("text=See the pairs at risk");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe($"Pairs at risk in {Running}");
        var rows = page.Locator("#pairs tbody tr");
        var before = await page.Locator("#pairs tbody tr.flagged").CountAsync();
        before.ShouldBeGreaterThan(0);
        (await rows.First.GetAttributeAsync("class")).ShouldBe("flagged");
        await page.FillAsync("#capacity", (before + 3).ToString(CultureInfo.InvariantCulture));
        await page.ClickAsync("text=Flag again");
        page.Url.ShouldContain($"capacity={before + 3}");
        (await page.Locator("#pairs tbody tr.flagged").CountAsync()).ShouldBe(before + 3);
        (await page.Locator("#summary").InnerTextAsync()).ShouldStartWith($"{before + 3} of ");
        await Screenshot(page, "web-risk");
    }

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static string Who(string role) => role switch { "mentor" => "Mentors", "mentee" => "Mentees", "all" => "Everyone", _ => role };

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Repository.Path($"docs/images/{name}.png"), FullPage = false });
}
