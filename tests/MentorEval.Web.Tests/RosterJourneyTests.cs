using System.Text.Json.Nodes;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>A leader uploads a new roster in Chromium: sees what would change before anything is stored, then stores it.</summary>
public sealed class RosterJourneyTests
{
    private const string Running = "2025-fall";

    [BrowserFact]
    public async Task A_roster_upload_previews_new_pairs_closed_pairs_and_changed_dates_and_stores_nothing_until_applied()
    {
        await using var app = await RunningApp.StartAsync();
        await using var browser = await Browser.SignedInAsync(app);
        var page = browser.Page;
        var folder = Directory.CreateTempSubdirectory("mentoreval-web-roster-").FullName;
        var file = Path.Combine(folder, "roster.csv");
        // The sample roster with one pair added, P0083 closed early, and P0084's planned end moved.
        var lines = File.ReadAllLines(Repository.Path("sample-data/roster.csv")).Select(line => line.Split(',') switch
        {
            ["P0083", .. var rest] => $"P0083,{string.Join(',', rest[..5])},closed_early,2026-01-20,mismatch",
            ["P0084", var cohort, var mentor, var mentee, var start, _, .. var rest] => $"P0084,{cohort},{mentor},{mentee},{start},2026-07-31,{string.Join(',', rest)}",
            _ => line,
        }).Append($"P9999,{Running},M9999,E9999,2025-09-15,2026-06-15,active,,");
        await File.WriteAllLinesAsync(file, lines);
        try
        {
            var before = await RunningCohortAsync(page, app);
            await page.GotoAsync(app.Address + "/programs/default");
            await browser.NavigateAsync(() => page.ClickAsync("text=Update the roster"));
            await browser.ShouldPassAxeAsync();
            await browser.TabToAsync("roster");
            var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
            await chooser.SetFilesAsync(file);
            await page.Keyboard.PressAsync("Tab");
            await browser.NavigateAsync(() => page.Keyboard.PressAsync("Enter"));

            (await page.Locator("#summary").InnerTextAsync()).ShouldStartWith("Nothing is stored yet.");
            (await page.Locator("#added li").AllInnerTextsAsync()).ShouldBe(["P9999"]);
            (await Rows(page, "#closed")).ShouldBe(["P0083 | active → closed_early | 2026-01-20 | mismatch"]);
            (await Rows(page, "#dates")).ShouldBe(["P0083 | end | – | 2026-01-20", "P0084 | planned end | 2026-06-17 | 2026-07-31"], ignoreOrder: true);
            await browser.ShouldPassAxeAsync();
            (await RunningCohortAsync(page, app)).ToJsonString().ShouldBe(before.ToJsonString(), "the preview stores nothing");

            await browser.TabToAsync("apply");
            await browser.NavigateAsync(() => page.Keyboard.PressAsync("Enter"));
            (await page.Locator("#applied").InnerTextAsync()).ShouldContain("1 new pairs, 2 pairs changed");
            var after = await RunningCohortAsync(page, app);
            after["pairs"]!.GetValue<int>().ShouldBe(before["pairs"]!.GetValue<int>() + 1);
            after["closedEarly"]!.GetValue<int>().ShouldBe(before["closedEarly"]!.GetValue<int>() + 1);
            after["running"]!.GetValue<int>().ShouldBe(before["running"]!.GetValue<int>(), "one pair more, one pair closed");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<JsonNode> RunningCohortAsync(Microsoft.Playwright.IPage page, RunningApp app) =>
        JsonNode.Parse(await (await page.Context.APIRequest.GetAsync(app.Address + "/api/programs/default/cohorts")).TextAsync())!["cohorts"]!.AsArray()
            .Single(c => c!["cohort"]!.GetValue<string>() == Running)!;

    private static async Task<string[]> Rows(Microsoft.Playwright.IPage page, string table) =>
        (await page.EvalOnSelectorAllAsync<string[][]>($"{table} tbody tr", "rows => rows.map(r => [...r.cells].map(c => c.innerText.trim()))"))
        .Select(r => string.Join(" | ", r)).ToArray();
}
